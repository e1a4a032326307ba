/**
 * The logic checks (src/rules/logic.ts) one mistake at a time, continued: options, questions
 * whose answers change nothing, the decision, outcomes and reviews (ids, routes and
 * conditions: logic.test.ts). Each test edits the clean tiny quiz in one way and expects
 * exactly the problems that edit causes, at their paths.
 */
import { describe, expect, it } from "vitest";
import { checkLogic, type LogicOptions } from "../../../src/rules/logic.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

function check(edit: (r: Rules) => void, options: LogicOptions = { skipReviews: true }): string[] {
  const rules = cleanRules();
  edit(rules);
  return checkLogic(rules, options).map(formatProblem);
}


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
