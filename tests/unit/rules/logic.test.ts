/**
 * The logic checks (src/rules/logic.ts) one mistake at a time: each test edits the
 * clean tiny quiz (which passes every check) in one way and expects exactly the
 * problems that edit causes, at their paths — so a check that stops firing, fires
 * at the wrong place or says the wrong thing is noticed.
 */
import { describe, expect, it } from "vitest";
import { checkLogic, type LogicOptions } from "../../../src/rules/logic.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Condition, Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

function check(edit: (r: Rules) => void, options: LogicOptions = { skipReviews: true }): string[] {
  const rules = cleanRules();
  edit(rules);
  return checkLogic(rules, options).map(formatProblem);
}

/** The clean quiz with `when` as the condition of the branch from "first" to "distress". */
const branchWhen = (when: Condition) => check((r) => { r.questions[0]!.branches = [{ when, goTo: "distress" }]; });
const BRANCH = "questions[0].branches[0].when";

describe("the logic checks", () => {
  it("find nothing wrong with the clean quiz, reviews included", () => {
    expect(check(() => {}, {})).toEqual([]);
  });
});

describe("ids", () => {
  it("refuse an outcome id used twice, or used by a question, pointing at the second", () => {
    expect(check((r) => { r.outcomes[2]!.id = "alpha"; })).toContain(
      'error: outcomes[2].id: Question or outcome id "alpha" is used twice (first at index 3). Ids must be unique.',
    );
    expect(check((r) => { r.outcomes[1]!.id = "distress"; })).toContain(
      'error: outcomes[1].id: Question or outcome id "distress" is used twice (first at index 1). Ids must be unique.',
    );
    expect(check((r) => { r.outcomes[0]!.id = "first"; })).toContain(
      'error: outcomes[0].id: Question or outcome id "first" is used twice (first at index 0). Ids must be unique.',
    );
  });

  it("refuse a score id used twice", () => {
    expect(check((r) => { r.scores!.push({ id: "total", label: "Again" }); })).toEqual([
      'error: scores[2].id: Score id "total" is used twice (first at index 0). Ids must be unique.',
    ]);
  });

  it("refuse \"result\" as a question or outcome id: it means \"decide from points\"", () => {
    const reserved = 'error: (file): "result" is reserved for "decide from points"; give that question or outcome another id.';
    expect(check((r) => { r.questions[1]!.id = "result"; })).toContain(reserved);
    expect(check((r) => { r.outcomes[1]!.id = "result"; })).toContain(reserved);
    expect(check((r) => { r.outcomes[0]!.id = "result"; })).toContain(reserved);
  });

  it("refuse a start that is not a question, suggesting the likely one", () => {
    expect(check((r) => { r.start = "frist"; })).toEqual(['error: start: "frist" is not a question id — did you mean "first"?']);
  });

  it("refuse a quiz with no care outcome to recommend", () => {
    expect(check((r) => {
      r.outcomes = r.outcomes.filter((o) => o.kind === "urgent");
      r.questions[0]!.options = r.questions[0]!.options.map(({ points: _, reason: __, ...o }) => o);
      r.decision = {};
    })).toEqual(['error: outcomes: There is no care outcome ("kind": "care") to recommend.']);
  });
});

describe("where questions lead", () => {
  it("accept a question, a care outcome, an urgent outcome or \"result\" as a target", () => {
    for (const target of ["distress", "alpha", "urgent", "result"]) {
      expect(check((r) => { r.questions[0]!.next = target; }), target).toEqual([]);
    }
  });

  it("suggest the closest target for a typo: any question, outcome or \"result\"", () => {
    const next = (target: string) => check((r) => { r.questions[1]!.next = target; });
    expect(next("resutl")).toEqual(['error: questions[1].next: "resutl" is not a question id, an outcome id, or "result" — did you mean "result"?']);
    expect(next("urgnt")).toEqual(['error: questions[1].next: "urgnt" is not a question id, an outcome id, or "result" — did you mean "urgent"?']);
    expect(next("alpah")).toEqual(['error: questions[1].next: "alpah" is not a question id, an outcome id, or "result" — did you mean "alpha"?']);
    expect(next("distres")).toEqual(['error: questions[1].next: "distres" is not a question id, an outcome id, or "result" — did you mean "distress"?']);
    expect(check((r) => { r.questions[0]!.branches![0]!.goTo = "elsewhere"; })).toContain(
      'error: questions[0].branches[0].goTo: "elsewhere" is not a question id, an outcome id, or "result".',
    );
  });
});

describe("conditions", () => {
  it("point at the part of a nested condition that is wrong", () => {
    const unknown = { question: "nope", includes: "x" };
    expect(branchWhen({ all: [{ question: "first", equals: "b" }, unknown] })).toEqual([
      `error: ${BRANCH}.all[1].question: "nope" is not a question id.`,
    ]);
    expect(branchWhen({ any: [{ question: "first", equals: "b" }, { not: unknown }] })).toEqual([
      `error: ${BRANCH}.any[1].not.question: "nope" is not a question id.`,
    ]);
  });

  it("refuse a test of a question or option that doesn't exist, suggesting the likely one", () => {
    expect(branchWhen({ question: "frist", equals: "b" })).toEqual([`error: ${BRANCH}.question: "frist" is not a question id — did you mean "first"?`]);
    expect(branchWhen({ question: "first", equals: "bb" })).toEqual([`error: ${BRANCH}.equals: "bb" is not an option of question "first" — did you mean "b"?`]);
    expect(branchWhen({ question: "first", includes: "flga" })).toEqual([`error: ${BRANCH}.includes: "flga" is not an option of question "first" — did you mean "flag"?`]);
  });

  it("refuse a score that doesn't exist, suggesting the likely one", () => {
    expect(branchWhen({ score: "totl", atLeast: 1 })).toEqual([`error: ${BRANCH}.score: "totl" is not a score id (see "scores") — did you mean "total"?`]);
  });

  it("warn about a score range that is empty, but not one that is a single value or open at one end", () => {
    expect(branchWhen({ score: "total", atLeast: 2, atMost: 1 })).toEqual([
      `warning: ${BRANCH}: This can never be true: "atLeast" (2) is more than "atMost" (1).`,
    ]);
    expect(branchWhen({ score: "total", atLeast: 1, atMost: 1 })).toEqual([]);
    expect(branchWhen({ score: "total", atLeast: 9 })).toEqual([]);
    expect(branchWhen({ score: "total", atMost: -9 })).toEqual([]);
  });

  it("warn when \"all\" asks one answer to equal two options, but not the same one twice or \"includes\" both", () => {
    const first = (equals: string) => ({ question: "first", equals });
    expect(branchWhen({ all: [first("a"), { question: "distress", includes: "leg" }, first("b")] })).toContain(
      `warning: ${BRANCH}: This can never be true: one answer to "first" can't equal both "a" and "b". Did you mean "any"?`,
    );
    expect(branchWhen({ all: [first("b"), first("b")] })).toEqual([]);
    expect(branchWhen({ all: [{ question: "first", includes: "a" }, first("b")] })).toEqual([]);
    expect(branchWhen({ all: [first("b"), { question: "first", includes: "a" }, { score: "total", atLeast: 1 }] })).toEqual([]);
    expect(branchWhen({ any: [first("a"), first("b")] })).toEqual([]);
  });

  it("warn about a test of a question asked only later, but not of the question itself, nor in rules that loop", () => {
    expect(branchWhen({ question: "distress", includes: "leg" })).toEqual([
      `warning: ${BRANCH}.question: This can never be true: "distress" is never asked before this point.`,
    ]);
    expect(branchWhen({ question: "first", includes: "b" })).toEqual([]);
    // A loop is reported once, as a loop, not again through every condition it upsets.
    const looped = check((r) => {
      r.questions[1]!.next = "first";
      r.questions[0]!.branches = [{ when: { question: "distress", includes: "leg" }, goTo: "distress" }];
    });
    expect(looped).toHaveLength(1);
    expect(looped[0]).toMatch(/^error: questions\[1\]\.next: This leads back to an earlier question/);
  });

  it("judge \"asked before\" by the order questions can come in, from any question", () => {
    const third = { id: "third", type: "single" as const, text: "Third?", options: [{ id: "x", label: "X", reason: "X" }, { id: "y", label: "Y" }], next: "result" };
    const inDistress = (when: Condition) => check((r) => {
      r.questions[1]!.next = "third";
      r.questions[1]!.branches = [{ when, goTo: "result" }];
      r.questions.push(third);
    });
    expect(inDistress({ question: "first", equals: "b" })).toEqual([]);
    expect(inDistress({ question: "distress", includes: "fear" })).toEqual([]);
    expect(inDistress({ question: "third", equals: "x" })).toEqual([
      'warning: questions[1].branches[0].when.question: This can never be true: "third" is never asked before this point.',
    ]);
  });

  it("say nothing more about a question nothing leads to, nor about tests of one", () => {
    const orphan = { id: "orphan", type: "single" as const, text: "Orphan?", options: [{ id: "o", label: "O", reason: "O" }, { id: "p", label: "P" }], next: "result" };
    expect(check((r) => {
      r.questions.push({ ...orphan, branches: [{ when: { question: "distress", includes: "leg" }, goTo: "result" }] });
    })).toEqual(['warning: questions[2].id: Question "orphan" can never be reached: no question leads to it.']);
    expect(check((r) => {
      r.questions.push(orphan);
      r.questions[1]!.branches = [{ when: { question: "orphan", includes: "o" }, goTo: "result" }];
    })).toEqual(['warning: questions[2].id: Question "orphan" can never be reached: no question leads to it.']);
  });

  it("check conditions at the result as if any question may have been asked: outcome rules, adjustments, secondary suggestions, coverage", () => {
    const leg = { question: "distress", includes: "leg" };
    const bad = { question: "first", equals: "nothing-like-it" };
    expect(check((r) => { r.decision!.outcomeRules = [{ when: leg, outcome: "alpha" }]; })).toEqual([]);
    expect(check((r) => { r.decision!.outcomeRules = [{ when: bad, outcome: "alpha" }]; })).toEqual([
      'error: decision.outcomeRules[0].when.equals: "nothing-like-it" is not an option of question "first".',
    ]);
    expect(check((r) => { r.decision!.adjustments![0]!.when = leg; })).toEqual([]);
    expect(check((r) => { r.decision!.adjustments![0]!.when = bad; })).toEqual([
      'error: decision.adjustments[0].when.equals: "nothing-like-it" is not an option of question "first".',
    ]);
    expect(check((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also", when: leg }]; })).toEqual([]);
    expect(check((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also", when: bad }]; })).toEqual([
      'error: decision.secondary[0].when.equals: "nothing-like-it" is not an option of question "first".',
    ]);
    expect(check((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also" }]; })).toEqual([]);
    const coverage = (when: Condition) => check((r) => { r.coverage = { screens: [{ question: "first", label: "First", covers: [{ label: "Everyone", when }] }] }; });
    expect(coverage(leg)).toEqual([]);
    expect(coverage(bad)).toEqual(['error: coverage.screens[0].covers[0].when.equals: "nothing-like-it" is not an option of question "first".']);
  });
});
