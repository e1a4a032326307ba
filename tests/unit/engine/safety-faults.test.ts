/**
 * The safety proof's rules (src/engine/safety.ts) one at a time, on path reports
 * written by hand for a three-question quiz: "where" (head or back pain), a screen
 * for signs that need a doctor soon ("soon-screen", everyone's), then a screen for
 * emergency signs ("now-screen", for head pain). A report that is safe gets no fault;
 * each added path shows one fault, word for word. Last, the whole proof in one call
 * on the tiny quiz.
 */
import { describe, expect, it } from "vitest";
import type { QuizPath } from "../../../src/engine/paths.ts";
import { proveSafety, safetyFaults } from "../../../src/engine/safety.ts";
import { buildModel } from "../../../src/rules/model.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { cleanRules, tinyRules } from "../fixtures.ts";
import { uncheckedModel } from "../helpers.ts";

function screened(): Rules {
  const rules = tinyRules();
  const outcome = rules.outcomes[1]!;
  rules.start = "where";
  rules.questions = [
    {
      id: "where", type: "multiple", text: "Where?", next: "soon-screen",
      options: [{ id: "head", label: "Head", points: { beta: 1 }, reason: "Head" }, { id: "back", label: "Back", points: { alpha: 1 }, reason: "Back" }],
    },
    { id: "soon-screen", type: "single", text: "Soon?", next: "now-screen", options: [{ id: "soon-sign", label: "Soon sign", redFlag: "soon" }, { id: "no", label: "No" }] },
    { id: "now-screen", type: "single", text: "Now?", next: "result", options: [{ id: "now-sign", label: "Now sign", redFlag: "now" }, { id: "no", label: "No" }] },
  ];
  rules.outcomes = [{ ...outcome, id: "now", kind: "urgent" }, { ...outcome, id: "soon", kind: "urgent" }, { ...outcome, id: "alpha" }, { ...outcome, id: "beta" }];
  rules.decision = { tieBreak: ["alpha", "beta"] };
  rules.coverage = {
    screens: [
      { question: "soon-screen", label: "Soon", covers: [{ label: "Everyone" }] },
      { question: "now-screen", label: "Now", covers: [{ label: "Head pain", when: { question: "where", includes: "head" } }] },
    ],
  };
  return rules;
}

/** A path from "question=option+option" steps. */
function path(steps: string[], outcome: string | null, urgent = false): QuizPath {
  const answers = steps.map((s) => {
    const [question, options] = s.split("=");
    return { question: question!, options: options!.split("+") };
  });
  return { answers, outcome, urgent, clearance: false };
}

/** Every question asked, every flag tried, every outcome reached, and nothing wrong. */
const safe = [
  path(["where=back", "soon-screen=no", "now-screen=no"], "alpha"),
  path(["where=back", "soon-screen=soon-sign"], "soon", true),
  path(["where=head", "soon-screen=no", "now-screen=now-sign"], "now", true),
  path(["where=head+back", "soon-screen=no", "now-screen=no"], "beta"),
];

const faults = (paths: QuizPath[], edit: (r: Rules) => void = () => {}, more: { loops?: string[][]; truncated?: boolean } = {}) => {
  const rules = screened();
  edit(rules);
  return safetyFaults(buildModel(rules), { paths, loops: more.loops ?? [], truncated: more.truncated ?? false });
};

describe("the safety proof on a hand-written report", () => {
  it("finds nothing wrong with a safe one", () => {
    expect(faults(safe)).toEqual([]);
  });

  it("reports a visitor a screen covers who reached care without it, with the way they went", () => {
    expect(faults([...safe, path(["where=head+back", "soon-screen=no"], "alpha")])).toEqual([
      '"Head pain" reached alpha without the now-screen screen: where=head+back → soon-screen=no',
    ]);
    expect(faults([...safe, path(["where=back"], "beta")])).toEqual([
      '"Everyone" reached beta without the soon-screen screen: where=back',
    ]);
    // Not covered by the head-pain screen, and asked the one that covers everyone.
    expect(faults([...safe, path(["where=back", "soon-screen=no"], "alpha")])).toEqual([]);
  });

  it("reports an urgent visit cut short before a screen of theirs that could find something more urgent", () => {
    expect(faults([...safe, path(["where=head", "soon-screen=soon-sign"], "soon", true)])).toEqual([
      "soon ended the visit before the now-screen screen, which can find now: where=head → soon-screen=soon-sign",
    ]);
    // The emergency screen is not for back pain; and a screen that can find nothing more urgent is no loss.
    expect(faults([...safe, path(["where=back", "soon-screen=soon-sign"], "soon", true)])).toEqual([]);
    expect(faults([...safe, path(["where=head"], "now", true)])).toEqual([]);
  });

  it("judges the urgency of what a screen can find by its most urgent flag", () => {
    const twoFlags = (r: Rules) => {
      r.questions[2]!.options.unshift({ id: "later-sign", label: "Later sign", redFlag: "soon" });
    };
    const cutShort = path(["where=head", "soon-screen=soon-sign"], "soon", true);
    const tried = path(["where=head", "soon-screen=no", "now-screen=later-sign"], "soon", true);
    expect(faults([...safe, tried, cutShort], twoFlags)).toEqual([
      "soon ended the visit before the now-screen screen, which can find now: where=head → soon-screen=soon-sign",
    ]);
    // Whichever order the flags are listed in.
    const lastFlag = (r: Rules) => {
      r.questions[2]!.options.push({ id: "later-sign", label: "Later sign", redFlag: "soon" });
    };
    expect(faults([...safe, tried, cutShort], lastFlag)).toEqual([
      "soon ended the visit before the now-screen screen, which can find now: where=head → soon-screen=soon-sign",
    ]);
  });

  it("counts a screen as the visitor's when any one of its descriptions fits them", () => {
    const twoCovers = (r: Rules) => {
      r.coverage!.screens[1]!.covers.push({ label: "Back pain", when: { question: "where", includes: "back" } });
    };
    // Back pain now counts too, so the safe report's back-pain visitor who was sent to "soon" is cut short as well.
    expect(faults([...safe, path(["where=head", "soon-screen=soon-sign"], "soon", true)], twoCovers)).toEqual([
      "soon ended the visit before the now-screen screen, which can find now: where=back → soon-screen=soon-sign",
      "soon ended the visit before the now-screen screen, which can find now: where=head → soon-screen=soon-sign",
    ]);
  });

  it("checks coverage only for visits that reached an outcome, and only in rules that declare it", () => {
    expect(faults([...safe, path(["where=head"], null)])).toEqual(["dead end after where"]);
    expect(faults([...safe, path(["where=head"], "beta")], (r) => { delete r.coverage; })).toEqual([]);
    expect(faults([...safe, path(["where=head", "soon-screen=soon-sign"], "soon", true)], (r) => { r.coverage!.screens = []; })).toEqual([]);
  });

  it("reports a red flag that didn't end the visit at once in an urgent outcome", () => {
    expect(faults([...safe, path(["where=back", "soon-screen=soon-sign", "now-screen=no"], "alpha")])).toEqual([
      "red flag soon-screen/soon-sign led to alpha, not straight to an urgent outcome",
    ]);
    expect(faults([...safe, path(["where=back", "soon-screen=soon-sign", "now-screen=no"], "soon", true)])).toEqual([
      "red flag soon-screen/soon-sign led to soon, not straight to an urgent outcome",
    ]);
    expect(faults([...safe, path(["where=back", "soon-screen=soon-sign"], null)])).toEqual([
      "dead end after where → soon-screen",
      "red flag soon-screen/soon-sign led to nothing, not straight to an urgent outcome",
    ]);
    expect(faults([...safe, path(["where=back", "soon-screen=soon-sign"], "beta")])).toEqual([
      "red flag soon-screen/soon-sign led to beta, not straight to an urgent outcome",
    ]);
  });

  it("reports a walk cut short, and every loop", () => {
    expect(faults(safe, undefined, { truncated: true })).toEqual(["the walk was cut short, so the proof covers only part of the quiz"]);
    expect(faults(safe, undefined, { loops: [["where", "soon-screen", "where"], ["soon-screen", "now-screen", "soon-screen"]] })).toEqual([
      "loop: where → soon-screen → where",
      "loop: soon-screen → now-screen → soon-screen",
    ]);
  });

  it("reports questions no path asks, red flags no path tries, and outcomes no path reaches", () => {
    expect(faults([safe[1]!])).toEqual([
      "question now-screen is unreachable",
      "red flag now-screen/now-sign was never tried",
      "outcome now is unreachable",
      "outcome alpha is unreachable",
      "outcome beta is unreachable",
    ]);
    // Asked, but never with the flag.
    expect(faults([safe[1]!, safe[0]!, safe[3]!])).toEqual(["red flag now-screen/now-sign was never tried", "outcome now is unreachable"]);
  });

  it("reports an answer that counts toward a result without reason text, but not one that counts for nothing or against", () => {
    expect(faults(safe, (r) => { delete r.questions[0]!.options[0]!.reason; })).toEqual(["where/head counts toward a result but has no reason text"]);
    expect(faults(safe, (r) => {
      r.questions[0]!.options[0]!.points = { beta: 0, alpha: -1 };
      delete r.questions[0]!.options[0]!.reason;
    })).toEqual([]);
  });

  it("reports each fault once, however many paths show it", () => {
    const cutShort = path(["where=head", "soon-screen=soon-sign"], "soon", true);
    expect(faults([...safe, cutShort, cutShort])).toHaveLength(1);
  });
});

describe("the proof in one call", () => {
  it("walks every path and returns what breaks the safety promise, or nothing", () => {
    expect(proveSafety(uncheckedModel(cleanRules()))).toEqual([]);
    expect(proveSafety(uncheckedModel(tinyRules()))).toEqual([
      "first/a counts toward a result but has no reason text",
      "first/b counts toward a result but has no reason text",
    ]);
  });
});
