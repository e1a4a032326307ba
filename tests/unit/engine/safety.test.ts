/**
 * The safety proof for the default rules: every reachable path is walked (see
 * src/engine/paths.ts) and checked by src/engine/safety.ts, plus clinical
 * properties from the project's safety notes. Mutation tests show the proof
 * notices when the rules are broken in the ways that matter.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { holds } from "../../../src/engine/conditions.ts";
import { explorePaths, type PathReport, type QuizPath } from "../../../src/engine/paths.ts";
import { safetyFaults } from "../../../src/engine/safety.ts";
import { factsOf } from "../../../src/engine/facts.ts";
import { recommend } from "../../../src/engine/outcome.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import type { Condition, Rules } from "../../../src/rules/schema.ts";
import { defaultModel, defaultRules, uncheckedModel } from "../helpers.ts";

const asked = (path: QuizPath, question: string) => path.answers.some((a) => a.question === question);
const chose = (question: string, ...options: string[]): Condition => ({ any: options.map((includes) => ({ question, includes })) });

/**
 * Who the clinical claims below are about, as conditions. The walk lists one example
 * per situation, so a claim must be a condition it watches: then every visitor the
 * claim picks out is in a listed situation the claim picks out too.
 */
const unsuitableForChiropractic: Condition = {
  any: [
    { not: chose("where", "back", "neck") },
    chose("spreading", "yes"),
    chose("how-started", "after-surgery", "accident"),
    { not: chose("preference", "hands-on") },
    chose("pain-health", "thin-bones", "blood-thinner", "unsteady"),
    { score: "complexity", atLeast: 4 },
  ],
};
const physiotherapyFirst: Condition = {
  any: [
    chose("readiness", "joint-problem", "supervised-only"),
    chose("rehab-done", "not-yet", "not-sure"),
    chose("falls", "fallen", "unsteady", "arms-to-stand"),
    { all: [chose("conditions", "long-covid"), chose("post-exertion", "yes", "not-sure")] },
  ],
};
const faultsAfter = (mutate: (rules: Rules) => void, limit?: number) => {
  const rules = defaultRules();
  mutate(rules);
  const model = uncheckedModel(rules);
  return safetyFaults(model, explorePaths(model, limit));
};

describe("safety analysis of the default rules", () => {
  // Walked before each test, not as the file loads, so mutation testing can tell which tests read it.
  let model: QuizModel;
  let report: PathReport;
  let care: QuizPath[];
  beforeEach(() => {
    model = defaultModel();
    report = explorePaths(model, undefined, [unsuitableForChiropractic, physiotherapyFirst]);
    care = report.paths.filter((p) => !p.urgent);
  });
  const holdsOn = (path: QuizPath, condition: Condition) => holds(condition, factsOf(model, path.answers));

  it("walks every path to an outcome: red flags urgent at once, every described visitor screened, no loops, nothing unreachable", () => {
    const longest = report.paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
    console.log(
      `safety analysis: ${report.paths.length} paths; longest has ${longest.answers.length} questions ` +
        `(${longest.answers.map((a) => a.question).join(" → ")} → ${longest.outcome})`,
    );
    expect(report.paths.length).toBeGreaterThan(1000);
    expect(report.truncated).toBe(false);
    expect(safetyFaults(model, report)).toEqual([]);
  });

  it("declares the screens the safety notes require for each presentation", () => {
    const covered = (screen: string, option: string) =>
      model.rules.coverage?.screens.some((s) => s.question === screen && JSON.stringify(s.covers).includes(`"includes":"${option}"`));
    // Head pain belongs to the neck/head screen (stroke, artery and spinal-cord signs).
    for (const where of ["head-face", "neck", "shoulder-arm", "several"]) expect(covered("neck-head-red-flags", where), where).toBe(true);
    for (const where of ["back", "hip-knee", "ankle-foot", "several"]) expect(covered("back-red-flags", where), where).toBe(true);
    expect(covered("injury-check", "accident")).toBe(true);
    expect(model.rules.coverage?.screens.find((s) => s.question === "emergency-check")?.covers.some((c) => c.when === undefined)).toBe(true);
  });

  it("screens everyone for heart, stroke and sudden-headache signs", () => {
    expect(report.paths.filter((p) => !asked(p, "emergency-check"))).toEqual([]);
  });

  it("asks about conditions, falls and readiness on every path that recommends personal training", () => {
    const training = care.filter((p) => p.outcome === "personal-training");
    expect(training.length).toBeGreaterThan(0);
    expect(training.filter((p) => !asked(p, "conditions") || !asked(p, "falls") || !asked(p, "readiness"))).toEqual([]);
  });

  it("keeps chiropractic care to uncomplicated back or neck pain, for visitors who prefer hands-on care and have nothing against it", () => {
    const chiro = care.filter((p) => p.outcome === "chiropractic");
    expect(chiro.length).toBeGreaterThan(0);
    expect(chiro.filter((p) => holdsOn(p, unsuitableForChiropractic))).toEqual([]);
  });

  it("sends to physiotherapy: limiting joint problems, supervised exercise, rehab not finished, falls and unsteadiness, crashes after effort", () => {
    const mustBePhysio = care.filter((p) => holdsOn(p, physiotherapyFirst));
    expect(mustBePhysio.length).toBeGreaterThan(0);
    expect(mustBePhysio.filter((p) => p.outcome !== "physiotherapy")).toEqual([]);
  });

  it("adds the check-with-your-doctor note to personal training for every readiness concern", () => {
    const flagged = care.filter((p) => p.outcome === "personal-training" &&
      p.answers.some((a) => a.options.some((o) => model.options.get(a.question)?.get(o)?.clearance === true)));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.filter((p) => (recommend(model, p.answers)?.clearance.length ?? 0) === 0)).toEqual([]);
  });
});

describe("the analysis catches a broken rule set", () => {
  it("reports a red flag rerouted to an ordinary question, and to a care outcome", () => {
    expect(faultsAfter((r) => {
      r.questions.find((q) => q.id === "back-red-flags")!.options[0]!.redFlag = "limits";
    })).toContain("red flag back-red-flags/saddle-numbness led to physiotherapy, not straight to an urgent outcome");
    expect(faultsAfter((r) => {
      r.questions.find((q) => q.id === "emergency-check")!.options[0]!.redFlag = "personal-training";
    })).toContain("red flag emergency-check/chest-pain led to personal-training, not straight to an urgent outcome");
  });

  it("reports head pain that no longer reaches the neck and head screen", () => {
    const faults = faultsAfter((r) => {
      const branch = r.questions.find((q) => q.id === "how-long")!.branches![0]!;
      branch.when = { any: ["neck", "shoulder-arm", "several"].map((o) => ({ question: "where", includes: o })) };
    });
    expect(faults).toContainEqual(expect.stringMatching(/^"Head, face or jaw pain" reached physiotherapy without the neck-head-red-flags screen: /));
    // Urgent visits with head pain are caught too: they ended without the screen that can find "call 911".
    expect(faults).toContainEqual(expect.stringMatching(/^same-day ended the visit before the neck-head-red-flags screen, which can find call-911: /));
    expect(faults.every((f) => f.includes("where=head-face"))).toBe(true);
  });

  it("reports a less urgent screen asked before a more urgent one, which would end the visit too early", () => {
    // The general pain screen (same day, next few days) moved before the lower-back emergency screen.
    const faults = faultsAfter((r) => {
      const howLong = r.questions.find((q) => q.id === "how-long")!;
      howLong.next = "pain-red-flags";
      r.questions.find((q) => q.id === "pain-red-flags")!.next = "back-red-flags";
      r.questions.find((q) => q.id === "back-red-flags")!.next = "limits";
    });
    expect(faults).toContainEqual(expect.stringMatching(/^see-doctor-soon ended the visit before the back-red-flags screen, which can find emergency-department: /));
  });

  it("reports a loop and a question nothing leads to", () => {
    const faults = faultsAfter((r) => {
      r.questions.find((q) => q.id === "format")!.next = "goals";
      r.questions.find((q) => q.id === "emergency-check")!.next = "conditions";
    });
    expect(faults).toContain("loop: reason → emergency-check → conditions → goals → falls → readiness → format → goals");
    expect(faults).toContain("question anything-hurts is unreachable");
  });

  it("reports a walk cut short: a proof over part of the quiz proves nothing", () => {
    expect(faultsAfter(() => {}, 100)).toContain("the walk was cut short, so the proof covers only part of the quiz");
  });

  it("reports an answer that counts toward a result without reason text", () => {
    expect(faultsAfter((r) => { delete r.questions.find((q) => q.id === "where")!.options[0]!.reason; })).toContain(
      "where/head-face counts toward a result but has no reason text",
    );
  });
});
