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

describe("options", () => {
  it("refuse points for anything but a care outcome, and scores that don't exist", () => {
    expect(check((r) => { r.questions[0]!.options[0]!.points = { urgent: 1 }; })).toEqual([
      'error: questions[0].options[0].points.urgent: "urgent" is not a care outcome id; points only count toward care outcomes.',
    ]);
    expect(check((r) => { r.questions[1]!.options[0]!.scores = { totl: 1 }; })).toEqual([
      'error: questions[1].options[0].scores.totl: "totl" is not a score id (see "scores") — did you mean "total"?',
    ]);
  });

  it("refuse a red flag that leads anywhere but an urgent outcome, saying what it leads to instead", () => {
    const flagTo = (target: string) => check((r) => { r.questions[0]!.options[2]!.redFlag = target; });
    const lead = (what: string) => `error: questions[0].options[2].redFlag: A red flag must lead to an urgent outcome, but ${what}. Use one of: "urgent".`;
    expect(flagTo("distress")).toContain(lead('"distress" is a question'));
    expect(flagTo("beta")).toContain(lead('"beta" is a care outcome'));
    expect(flagTo("nowhere")).toContain(lead('"nowhere" is not an outcome id'));
    expect(check((r) => {
      r.outcomes.push({ ...r.outcomes[0]!, id: "urgent-too" });
      r.questions[0]!.options[2]!.redFlag = "alpha";
    })).toContain('error: questions[0].options[2].redFlag: A red flag must lead to an urgent outcome, but "alpha" is a care outcome. Use one of: "urgent", "urgent-too".');
  });

  it("say how to add an urgent outcome when there is none for a red flag to lead to", () => {
    expect(check((r) => { r.outcomes = r.outcomes.filter((o) => o.kind === "care"); })).toContain(
      'error: questions[0].options[2].redFlag: A red flag must lead to an urgent outcome, but "urgent" is not an outcome id. Use one of: (add an outcome with "kind": "urgent").',
    );
  });

  it("warn that \"exclusive\" means nothing on a single-choice question", () => {
    expect(check((r) => { r.questions[0]!.options[1]!.exclusive = true; })).toEqual([
      'warning: questions[0].type: "exclusive" only matters for multiple-choice questions ("type": "multiple").',
    ]);
    expect(check((r) => { r.questions[0]!.options[1]!.exclusive = false; })).toEqual([]);
  });

  it("refuse an answer that asks for the doctor-first note in a file with no note to show", () => {
    expect(check((r) => {
      delete r.clearance;
      r.questions[1]!.options[3]!.clearance = true;
    })).toEqual([
      'error: questions[1].options[3].clearance: This answer asks for the "check with your doctor" note, but the file has no "clearance" block to show. Add one.',
    ]);
    expect(check((r) => { delete r.clearance; })).toEqual([]);
  });

  it("warn about an answer that counts toward a result without a reason, but not one that only takes points away", () => {
    expect(check((r) => { delete r.questions[0]!.options[0]!.reason; })).toEqual([
      'warning: questions[0].options[0]: Option "a" counts toward a result but has no "reason", so the result can\'t tell the visitor why. Add a "reason".',
    ]);
    expect(check((r) => { r.questions[1]!.options[3]!.points = { beta: -1, alpha: 0 }; })).toEqual([]);
  });
});

describe("questions whose answers change nothing", () => {
  /** A third question, after "distress", with two options that do nothing unless `edit` gives them something. */
  const idle = (edit: (r: Rules) => void = () => {}) => check((r) => {
    r.questions[1]!.next = "idle";
    r.questions.push({ id: "idle", type: "single", text: "Idle?", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }], next: "result" });
    edit(r);
  });
  const option = (r: Rules) => r.questions[2]!.options[1]!;
  const warning = 'warning: questions[2].id: No answer to question "idle" changes anything: no points, scores, flags or reasons, and no condition mentions it.';

  it("are warned about, points of 0 included", () => {
    expect(idle()).toEqual([warning]);
    expect(idle((r) => { option(r).points = { alpha: 0 }; })).toEqual([warning]);
    expect(idle((r) => { option(r).clearance = false; })).toEqual([warning]);
  });

  it("are not when one answer has points, a score, a red flag, the doctor-first note or a reason", () => {
    expect(idle((r) => { option(r).points = { alpha: -1 }; })).toEqual([]);
    expect(idle((r) => { option(r).scores = {}; })).toEqual([]);
    expect(idle((r) => { option(r).redFlag = "urgent"; r.questions[2]!.review = r.questions[0]!.review; })).toEqual([]);
    expect(idle((r) => { option(r).clearance = true; })).toEqual([]);
    expect(idle((r) => { option(r).reason = "Y"; })).toEqual([]);
  });

  it("are not when a condition anywhere mentions one of the answers", () => {
    const y = { question: "idle", includes: "y" };
    expect(idle((r) => { r.questions[2]!.branches = [{ when: y, goTo: "result" }]; })).toEqual([]);
    expect(idle((r) => { r.decision!.outcomeRules = [{ when: y, outcome: "beta" }]; })).toEqual([]);
    expect(idle((r) => { r.decision!.adjustments![0]!.when = y; })).toEqual([]);
    expect(idle((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also", when: y }]; })).toEqual([]);
    expect(idle((r) => { r.coverage = { screens: [{ question: "first", label: "First", covers: [{ label: "Some", when: y }] }] }; })).toEqual([]);
  });
});

describe("the decision", () => {
  it("refuses a tie-break order with an outcome that isn't care, or missing one", () => {
    expect(check((r) => { r.decision!.tieBreak = ["alpha", "beta", "urgnt"]; })).toEqual([
      'error: decision.tieBreak[2]: "urgnt" is not a care outcome id.',
    ]);
    expect(check((r) => { r.decision!.tieBreak = ["alpha", "bta"]; })).toEqual([
      'error: decision.tieBreak[1]: "bta" is not a care outcome id — did you mean "beta"?',
      'error: decision.tieBreak: Care outcome "beta" is missing: list every care outcome.',
    ]);
    expect(check((r) => { delete r.decision!.tieBreak; })).toEqual([]);
  });

  it("refuses an outcome rule for an outcome that doesn't exist, and accepts an urgent one", () => {
    const rule = (outcome: string) => check((r) => { r.decision!.outcomeRules = [{ when: { question: "first", equals: "a" }, outcome }]; });
    expect(rule("alpah")).toEqual(['error: decision.outcomeRules[0].outcome: "alpah" is not an outcome id — did you mean "alpha"?']);
    expect(rule("urgnt")).toEqual(['error: decision.outcomeRules[0].outcome: "urgnt" is not an outcome id — did you mean "urgent"?']);
    expect(rule("urgent")).toEqual([]);
  });

  it("refuses adjustment points for anything but a care outcome", () => {
    expect(check((r) => { r.decision!.adjustments![0]!.points = { urgent: 2 }; })).toEqual([
      'error: decision.adjustments[0].points.urgent: "urgent" is not a care outcome id; points only count toward care outcomes.',
    ]);
  });

  it("refuses a secondary suggestion from or to anything but a care outcome", () => {
    expect(check((r) => { r.decision!.secondary = [{ primary: "urgent", secondary: "bta", text: "Also" }]; })).toEqual([
      'error: decision.secondary[0].primary: "urgent" is not a care outcome id.',
      'error: decision.secondary[0].secondary: "bta" is not a care outcome id — did you mean "beta"?',
    ]);
  });

  it("works without a scores block, when nothing uses scores", () => {
    expect(check((r) => {
      delete r.scores;
      r.questions[1]!.options = r.questions[1]!.options.map(({ scores: _, ...o }) => o);
      r.questions[1]!.options[0]!.reason = "Worry";
      r.decision!.adjustments = [];
    })).toEqual([]);
  });

  it("works without a decision block", () => {
    expect(check((r) => {
      delete r.decision;
      r.questions[1]!.options[3]!.reason = "Leg pain";
    })).toEqual([]);
  });
});

describe("outcomes", () => {
  it("warn about an action on care, booking on urgent, and refuse urgent with no action", () => {
    expect(check((r) => { r.outcomes[1]!.action = { label: "Call", href: "tel:911" }; })).toEqual([
      'warning: outcomes[1].action: "action" is only shown on urgent outcomes.',
    ]);
    expect(check((r) => { r.outcomes[0]!.booking = { label: "Book" }; })).toEqual([
      'warning: outcomes[0].booking: Urgent outcomes never offer booking; "booking" is ignored here.',
    ]);
    expect(check((r) => { r.outcomes[1]!.booking = { label: "Book" }; })).toEqual([]);
    expect(check((r) => { delete r.outcomes[0]!.action; })).toEqual([
      'error: outcomes[0]: Urgent outcome "urgent" has no "action": give visitors the one thing to do now, e.g. { "label": "Call 911", "href": "tel:911" }.',
    ]);
  });
});

describe("clinical reviews and path length", () => {
  it("date reviews against today unless told another day, and leave them out when told to", () => {
    const unreviewed = (r: Rules) => { delete r.outcomes[1]!.review; };
    const reminder = 'warning: outcomes[1].id: Outcome "alpha" has not been reviewed by a clinician: add "review": { "by": …, "on": "YYYY-MM-DD" } once one has.';
    expect(check(unreviewed, {})).toEqual([reminder]);
    expect(check(unreviewed, { skipReviews: true })).toEqual([]);
    const later = new Date(Date.now() + 2 * 365 * 24 * 60 * 60 * 1000);
    expect(check(() => {}, { today: later })).toHaveLength(4);
  });

  it("warn about paths longer than 15 questions, or the limit given", () => {
    const chain = (n: number) => (r: Rules) => {
      r.questions[1]!.next = "q1";
      for (let i = 1; i <= n; i++) {
        r.questions.push({ id: `q${i}`, type: "single", text: "Q?", options: [{ id: "x", label: "X", reason: "X", points: { alpha: 1 } }, { id: "y", label: "Y" }], next: i < n ? `q${i + 1}` : "result" });
      }
    };
    expect(check(chain(13))).toEqual([]);
    expect(check(chain(14))).toEqual(["warning: start: Some visitors could be asked 16 questions, more than the limit of 15. Shorter quizzes get finished."]);
    expect(check(chain(3), { skipReviews: true, maxPathLength: 4 })).toEqual([
      "warning: start: Some visitors could be asked 5 questions, more than the limit of 4. Shorter quizzes get finished.",
    ]);
  });
});
