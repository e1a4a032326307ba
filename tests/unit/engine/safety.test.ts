/**
 * The safety proof for the default rules: every reachable path is walked (see
 * src/engine/paths.ts for how multiple-choice answers are covered) and checked.
 */
import { describe, expect, it } from "vitest";
import { explorePaths, type PathReport, type QuizPath } from "../../../src/engine/paths.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import { defaultModel, defaultRules, uncheckedModel } from "../helpers.ts";

/** Safety faults found in a report: red flags that miss an urgent outcome, dead ends, loops, unreachable parts. */
function safetyFaults(model: QuizModel, report: PathReport): string[] {
  const faults: string[] = [];
  if (report.truncated) faults.push("the walk was cut short");
  for (const loop of report.loops) faults.push(`loop: ${loop.join(" → ")}`);
  for (const path of report.paths) {
    if (path.outcome === null) faults.push(`dead end after ${path.answers.map((a) => a.question).join(" → ")}`);
    for (const answer of path.answers) {
      for (const optionId of answer.options) {
        const flag = model.options.get(answer.question)?.get(optionId)?.redFlag;
        if (flag !== undefined && (!path.urgent || path.answers.at(-1) !== answer)) {
          faults.push(`red flag ${answer.question}/${optionId} led to ${path.outcome ?? "nothing"}, not straight to an urgent outcome`);
        }
      }
    }
  }
  const visited = new Set(report.paths.flatMap((p) => p.answers.map((a) => a.question)));
  const reached = new Set(report.paths.map((p) => p.outcome));
  for (const q of model.rules.questions) if (!visited.has(q.id)) faults.push(`question ${q.id} is unreachable`);
  for (const o of model.rules.outcomes) if (!reached.has(o.id)) faults.push(`outcome ${o.id} is unreachable`);
  // Every red-flag option must have been tried on some path, or the proof says nothing about it.
  for (const q of model.rules.questions) {
    for (const o of q.options) {
      const tried = report.paths.some((p) => p.answers.some((a) => a.question === q.id && a.options.includes(o.id)));
      if (o.redFlag !== undefined && !tried) faults.push(`red flag ${q.id}/${o.id} was never tried`);
    }
  }
  return [...new Set(faults)];
}

const asked = (path: QuizPath, question: string) => path.answers.some((a) => a.question === question);
const chose = (path: QuizPath, question: string, option: string) =>
  path.answers.some((a) => a.question === question && a.options.includes(option));

describe("safety analysis of the default rules", () => {
  const model = defaultModel();
  const report = explorePaths(model);

  it("walks every path to an outcome, with red flags always urgent, no loops and nothing unreachable", () => {
    const longest = report.paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
    console.log(
      `safety analysis: ${report.paths.length} paths; longest has ${longest.answers.length} questions ` +
        `(${longest.answers.map((a) => a.question).join(" → ")} → ${longest.outcome})`,
    );
    expect(report.paths.length).toBeGreaterThan(1000);
    expect(safetyFaults(model, report)).toEqual([]);
  });

  it("screens for chest pain and fainting on every path", () => {
    expect(report.paths.filter((p) => !asked(p, "heart-check"))).toEqual([]);
  });

  it("asks the pain red-flag screen before any recommendation for everyone with pain", () => {
    const inPain = report.paths.filter(
      (p) => !p.urgent && (chose(p, "reason", "pain-injury") || chose(p, "anything-hurts", "pain") || chose(p, "condition-help", "ease-pain")),
    );
    expect(inPain.length).toBeGreaterThan(0);
    expect(inPain.filter((p) => !asked(p, "pain-red-flags"))).toEqual([]);
    const backPain = inPain.filter((p) => chose(p, "where", "back"));
    expect(backPain.filter((p) => !asked(p, "back-red-flags"))).toEqual([]);
    const neckPain = inPain.filter((p) => chose(p, "where", "neck"));
    expect(neckPain.filter((p) => !asked(p, "neck-red-flags"))).toEqual([]);
  });

  it("asks the readiness screen on every path that recommends personal training", () => {
    const training = report.paths.filter((p) => p.outcome === "personal-training");
    expect(training.length).toBeGreaterThan(0);
    expect(training.filter((p) => !asked(p, "readiness"))).toEqual([]);
  });

  it("keeps chiropractic care to uncomplicated back or neck pain", () => {
    const chiro = report.paths.filter((p) => p.outcome === "chiropractic");
    expect(chiro.length).toBeGreaterThan(0);
    const complicated = chiro.filter(
      (p) => chose(p, "spreading", "yes") || !(chose(p, "where", "back") || chose(p, "where", "neck")) || chose(p, "how-started", "after-surgery"),
    );
    expect(complicated).toEqual([]);
  });

  it("sends anyone whose joint problem limits them now, or who needs supervision, to physiotherapy", () => {
    const limited = report.paths.filter((p) => chose(p, "readiness", "joint-problem") || chose(p, "readiness", "supervised-only"));
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.filter((p) => p.outcome !== "physiotherapy")).toEqual([]);
  });
});

describe("the analysis catches a broken rule set", () => {
  it("reports a red flag rerouted to an ordinary question", () => {
    const rules = defaultRules();
    const option = rules.questions.find((q) => q.id === "back-red-flags")!.options.find((o) => o.id === "saddle-numbness")!;
    option.redFlag = "limits";
    const model = uncheckedModel(rules);
    expect(safetyFaults(model, explorePaths(model))).toContain(
      "red flag back-red-flags/saddle-numbness led to physiotherapy, not straight to an urgent outcome",
    );
  });

  it("reports a red flag rerouted to a care outcome", () => {
    const rules = defaultRules();
    rules.questions.find((q) => q.id === "heart-check")!.options[0]!.redFlag = "personal-training";
    const model = uncheckedModel(rules);
    expect(safetyFaults(model, explorePaths(model))).toContain(
      "red flag heart-check/chest-pain led to personal-training, not straight to an urgent outcome",
    );
  });

  it("reports a loop and a question nothing leads to", () => {
    const rules = defaultRules();
    rules.questions.find((q) => q.id === "format")!.next = "goals";
    rules.questions.find((q) => q.id === "reason")!.options.pop(); // "not sure" was the only way to anything-hurts
    const model = uncheckedModel(rules);
    const faults = safetyFaults(model, explorePaths(model));
    expect(faults).toContain("loop: reason → heart-check → goals → readiness → format → goals");
    expect(faults).toContain("question anything-hurts is unreachable");
  });
});
