/**
 * The branching warnings (src/rules/logic-warnings.ts) on edits of the clean tiny
 * quiz: the range each score can reach, thresholds outside it wherever conditions
 * live, and branches an earlier branch always takes first — for each way a condition
 * can be always true (every answer to the question just answered, a whole score
 * range, and the three-valued combinations of those).
 *
 * In the clean quiz "first" is single choice (a, b, and the red flag "flag"); the
 * multiple-choice "distress" adds 1 to "total" for each of four answers (0 to 4) and 1
 * to "distress" for three of them (0 to 3), and "None" is exclusive.
 */
import { describe, expect, it } from "vitest";
import { checkLogicWarnings } from "../../../src/rules/logic-warnings.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Condition, Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

function warnings(edit: (r: Rules) => void): string[] {
  const rules = cleanRules();
  edit(rules);
  return checkLogicWarnings(rules).map(formatProblem);
}

const atLeast = (score: string, n: number) => `This can never be true: "${score}" can reach at most ${n} (with every answer that adds to it), and this needs at least ${n + 1}.`;
const atMost = (score: string, n: number) => `This can never be true: "${score}" can go no lower than ${n}, and this needs at most ${n - 1}.`;

/** Warnings for the adjustment's condition set to a score test. */
const adjustedWhen = (when: Condition, edit: (r: Rules) => void = () => {}) =>
  warnings((r) => { edit(r); r.decision!.adjustments![0]!.when = when; });

describe("score ranges", () => {
  it("are what every answer that adds can reach, and no more", () => {
    expect(adjustedWhen({ score: "total", atLeast: 4 })).toEqual([]);
    expect(adjustedWhen({ score: "total", atLeast: 5 })).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("total", 4)}`]);
    expect(adjustedWhen({ score: "distress", atLeast: 4 })).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("distress", 3)}`]);
    expect(adjustedWhen({ score: "total", atMost: 0 })).toEqual([]);
    expect(adjustedWhen({ score: "total", atMost: -1 })).toEqual([`warning: decision.adjustments[0].when.atMost: ${atMost("total", 0)}`]);
  });

  it("take one answer of a single-choice question, the most or the least", () => {
    const scored = (a: number, b: number) => (r: Rules) => {
      r.questions[0]!.options[0]!.scores = { total: a };
      r.questions[0]!.options[1]!.scores = { total: b };
    };
    expect(adjustedWhen({ any: [{ score: "total", atLeast: 7 }, { score: "total", atMost: 0 }] }, scored(2, 3))).toEqual([]);
    expect(adjustedWhen({ score: "total", atLeast: 8 }, scored(2, 3))).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("total", 7)}`]);
    expect(adjustedWhen({ any: [{ score: "total", atLeast: 4 }, { score: "total", atMost: -3 }] }, scored(-2, -3))).toEqual([]);
    expect(adjustedWhen({ score: "total", atMost: -4 }, scored(-2, -3))).toEqual([`warning: decision.adjustments[0].when.atMost: ${atMost("total", -3)}`]);
  });

  it("take a single-choice question's only positive (or negative) answer, or nothing", () => {
    const scored = (r: Rules) => { r.questions[0]!.options[0]!.scores = { distress: -2 }; };
    expect(adjustedWhen({ score: "distress", atLeast: 4 }, scored)).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("distress", 3)}`]);
    expect(adjustedWhen({ score: "distress", atMost: -3 }, scored)).toEqual([`warning: decision.adjustments[0].when.atMost: ${atMost("distress", -2)}`]);
  });

  it("add every gain (or every loss) of a multiple-choice question together", () => {
    const scored = (r: Rules) => { r.questions[1]!.options[0]!.scores = { total: -1 }; r.questions[1]!.options[1]!.scores = { total: -2 }; };
    expect(adjustedWhen({ any: [{ score: "total", atLeast: 2 }, { score: "total", atMost: -3 }] }, scored)).toEqual([]);
    expect(adjustedWhen({ score: "total", atLeast: 3 }, scored)).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("total", 2)}`]);
    expect(adjustedWhen({ score: "total", atMost: -4 }, scored)).toEqual([`warning: decision.adjustments[0].when.atMost: ${atMost("total", -3)}`]);
  });

  it("leave alone scores the file doesn't declare, and ranges that are empty anyway (the logic check says so)", () => {
    expect(adjustedWhen({ score: "pain", atLeast: 99 }, (r) => { r.questions[1]!.options[0]!.scores = { pain: 1 }; })).toEqual([]);
    expect(adjustedWhen({ score: "total", atLeast: 9, atMost: 5 })).toEqual([]);
    expect(adjustedWhen({ score: "total", atLeast: 1, atMost: 3 })).toEqual([]);
    // A single value out of reach is still out of reach.
    expect(adjustedWhen({ score: "total", atLeast: 5, atMost: 5 })).toEqual([`warning: decision.adjustments[0].when.atLeast: ${atLeast("total", 4)}`]);
  });

  it("are checked wherever a condition is: branches, outcome rules, adjustments, secondary suggestions and coverage", () => {
    const high: Condition = { all: [{ question: "first", equals: "b" }, { score: "total", atLeast: 5 }] };
    const message = atLeast("total", 4);
    expect(warnings((r) => { r.questions[1]!.branches = [{ when: high, goTo: "result" }]; })).toEqual([
      `warning: questions[1].branches[0].when.all[1].atLeast: ${message}`,
    ]);
    expect(warnings((r) => { r.decision!.outcomeRules = [{ when: high, outcome: "alpha" }]; })).toEqual([
      `warning: decision.outcomeRules[0].when.all[1].atLeast: ${message}`,
    ]);
    expect(warnings((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also" }, { primary: "alpha", secondary: "beta", text: "Also", when: high }]; })).toEqual([
      `warning: decision.secondary[1].when.all[1].atLeast: ${message}`,
    ]);
    expect(warnings((r) => { r.coverage = { screens: [{ question: "first", label: "First", covers: [{ label: "Everyone" }, { label: "Some", when: high }] }] }; })).toEqual([
      `warning: coverage.screens[0].covers[1].when.all[1].atLeast: ${message}`,
    ]);
    expect(warnings((r) => { delete r.decision; delete r.scores; })).toEqual([]);
    expect(warnings((r) => { r.decision = { tieBreak: ["alpha", "beta"] }; })).toEqual([]);
  });
});

describe("branches that are never used", () => {
  const dead = (question: number, branch: number, first: number) =>
    `warning: questions[${question}].branches[${branch}]: This branch is never used: branches[${first}] above always applies first, because its condition is true for every visitor who gets here.`;
  /** Warnings for "first" with a branch on `when` followed by one that can't fire until it does. */
  const after = (when: Condition) => warnings((r) => {
    r.questions[0]!.branches = [{ when, goTo: "result" }, { when: { question: "first", equals: "b" }, goTo: "distress" }];
  });
  // Some of these also get a warning about a threshold out of reach: only the unused branch is in question here.
  const unused = (when: Condition) => after(when).filter((w) => w.includes("never used"));
  const always = (when: Condition) => expect(unused(when), JSON.stringify(when)).toEqual([dead(0, 1, 0)]);
  const notAlways = (when: Condition) => expect(unused(when), JSON.stringify(when)).toEqual([]);

  const a = { question: "first", equals: "a" };
  const b = { question: "first", includes: "b" };
  const whole = { score: "total", atLeast: 0, atMost: 4 };
  const part = { score: "total", atLeast: 1 };
  const none = { score: "total", atLeast: 3, atMost: 2 };

  it("are found after a branch that covers every answer to the question just answered (a red flag never gets there)", () => {
    always({ any: [a, b] });
    notAlways(a);
    notAlways({ any: [a, { question: "distress", includes: "leg" }] });
    notAlways({ any: [a, { question: "distress", includes: "b" }] });
    // A question of its own: with "b" and the flag gone, "a" alone is every answer.
    expect(warnings((r) => {
      r.questions[0]!.options = [r.questions[0]!.options[0]!, r.questions[0]!.options[2]!];
      r.questions[0]!.branches = [{ when: a, goTo: "result" }, { when: { not: a }, goTo: "distress" }];
    })).toEqual([dead(0, 1, 0)]);
  });

  it("count \"includes\" but not \"equals\" as covering a multiple-choice answer", () => {
    const on = (test: "includes" | "equals") => warnings((r) => {
      const any = r.questions[1]!.options.map((o): Condition => (test === "includes" ? { question: "distress", includes: o.id } : { question: "distress", equals: o.id }));
      r.questions[1]!.branches = [{ when: { any }, goTo: "result" }, { when: { score: "total", atLeast: 2 }, goTo: "result" }];
    });
    expect(on("includes")).toEqual([dead(1, 1, 0)]);
    expect(on("equals")).toEqual([]);
  });

  it("are found after a score test every total passes, and not after one some totals fail", () => {
    always(whole);
    always({ score: "total" });
    always({ score: "total", atMost: 4 });
    notAlways(part);
    notAlways({ score: "total", atMost: 3 });
    notAlways({ score: "pain", atLeast: 0 });
    // Reaching the very edge of the range is possible, not certain.
    notAlways({ not: { score: "total", atLeast: 4 } });
    notAlways({ not: { score: "total", atMost: 0 } });
    notAlways({ not: { score: "total", atLeast: 2, atMost: 2 } });
  });

  it("combine verdicts: \"all\" needs every part always, \"any\" one, and \"not\" of never is always", () => {
    always({ all: [whole, { any: [a, b] }] });
    always({ all: [] });
    notAlways({ all: [whole, part] });
    always({ any: [part, whole] });
    notAlways({ any: [part, a] });
    notAlways({ any: [] });
    always({ not: none });
    always({ not: { score: "total", atLeast: 5 } });
    always({ not: { score: "total", atMost: -1 } });
    notAlways({ not: whole });
    notAlways({ not: part });
    notAlways({ not: { score: "pain", atLeast: 9 } });
    always({ not: { all: [part, none] } });
    always({ not: { all: [part, { not: whole }] } });
    always({ not: { any: [none, { score: "total", atLeast: 7 }] } });
    notAlways({ not: { any: [none, part] } });
  });

  it("are each blamed on the first branch that always applies", () => {
    expect(warnings((r) => {
      r.questions[0]!.branches = [
        { when: a, goTo: "result" },
        { when: whole, goTo: "result" },
        { when: b, goTo: "distress" },
        { when: whole, goTo: "distress" },
      ];
    })).toEqual([dead(0, 2, 1), dead(0, 3, 1)]);
  });
});
