import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesJsonSchema } from "../../../src/rules/json-schema.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { defaultRules } from "../helpers.ts";

const TODAY = new Date("2026-11-28");
const isReview = (message: string) => /reviewed/.test(message);

/** Problems after a mutation of the default rules, without the clinical-review reminders every unreviewed file has. */
function problemsOf(mutate: (r: Rules) => void): string[] {
  const rules = defaultRules();
  mutate(rules);
  const result = validateRules(rules, { today: TODAY });
  return (result.ok ? result.warnings : result.problems).map(formatProblem).filter((m) => !isReview(m));
}

/** The index of a question in the default rules, so tests don't break when questions are added. */
const qi = (id: string) => defaultRules().questions.findIndex((q) => q.id === id);
const question = (r: Rules, id: string) => r.questions[qi(id)]!;

describe("rule files", () => {
  it("accepts the default rules, whose only warnings say the clinical text awaits a clinician's review", () => {
    const result = validateRules(defaultRules(), { today: TODAY });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings.map(formatProblem) : [];
    const redFlagQuestions = defaultRules().questions.filter((q) => q.options.some((o) => o.redFlag !== undefined));
    expect(warnings).toHaveLength(defaultRules().outcomes.length + redFlagQuestions.length);
    expect(warnings.every((w) => /has not been reviewed by a clinician/.test(w))).toBe(true);
  });

  it("keeps the checked-in JSON Schema in step with the zod schema (run `npm run rules:schema`)", () => {
    const checkedIn = readFileSync(new URL("../../../rules/care-quiz.schema.json", import.meta.url), "utf8");
    expect(checkedIn).toBe(rulesJsonSchema());
  });

  it("points schema mistakes at their JSON path", () => {
    expect(problemsOf((r) => { r.questions[2]!.text = "  "; })).toEqual(["error: questions[2].text: This text is empty."]);
    expect(problemsOf((r) => { (r.questions[0] as { type: string }).type = "dropdown"; })[0]).toMatch(/^error: questions\[0\]\.type: /);
    expect(problemsOf((r) => { (r.questions[0]!.options[0] as Record<string, unknown>)["lable"] = "x"; })).toEqual([
      'error: questions[0].options[0].lable: Unknown field "lable" — did you mean "label"?',
    ]);
    expect(problemsOf((r) => { delete (r.questions[0] as Partial<Rules["questions"][number]>).next; })).toEqual([
      'error: questions[0].next: The field "next" is missing.',
    ]);
    expect(problemsOf((r) => { r.questions[1]!.id = "Heart Check"; })[0]).toMatch(/^error: questions\[1\]\.id: Use lowercase letters/);
  });

  it("takes how long saved answers are kept, within sensible bounds", () => {
    expect(problemsOf((r) => { r.keepProgressHours = 48; })).toEqual([]);
    expect(problemsOf((r) => { r.keepProgressHours = 0; })).toEqual(["error: keepProgressHours: Use a number of hours above 0."]);
    expect(problemsOf((r) => { r.keepProgressHours = 24 * 365; })).toEqual(["error: keepProgressHours: Keep saved answers at most 720 hours (30 days)."]);
    expect(problemsOf((r) => { (r as Record<string, unknown>)["keepProgresHours"] = 24; })).toEqual([
      'error: keepProgresHours: Unknown field "keepProgresHours" — did you mean "keepProgressHours"?',
    ]);
  });

  it("finds logic mistakes a schema cannot", () => {
    expect(problemsOf((r) => { r.questions[3]!.next = "how-startd"; })).toContain(
      'error: questions[3].next: "how-startd" is not a question id, an outcome id, or "result" — did you mean "how-started"?',
    );
    expect(problemsOf((r) => { question(r, "how-started").id = "where"; })).toContain(
      `error: questions[${qi("how-started")}].id: Question or outcome id "where" is used twice (first at index ${qi("where")}). Ids must be unique.`,
    );
    expect(problemsOf((r) => { r.questions[1]!.options[0]!.redFlag = "physiotherapy"; })).toContain(
      'error: questions[1].options[0].redFlag: A red flag must lead to an urgent outcome, but "physiotherapy" is a care outcome. Use one of: "call-911", "emergency-department", "same-day", "see-doctor-soon".',
    );
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { question: "reason", includes: "pain" }; })).toContain(
      'error: questions[1].branches[0].when.includes: "pain" is not an option of question "reason".',
    );
    expect(problemsOf((r) => { r.decision!.tieBreak!.pop(); })).toContain(
      'error: decision.tieBreak: Care outcome "chiropractic" is missing: list every care outcome.',
    );
    const loop = problemsOf((r) => { question(r, "format").next = "goals"; });
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatch(new RegExp(`^error: questions\\[${qi("format")}\\]\\.next: This leads back to an earlier question, .*→ format → goals\\.$`));
  });

  it("warns about conditions that can never be true and options with no effect", () => {
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { question: "where", includes: "back" }; })).toContain(
      'warning: questions[1].branches[0].when.question: This can never be true: "where" is never asked before this point.',
    );
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { score: "complexity", atLeast: 5, atMost: 2 }; })).toContain(
      'warning: questions[1].branches[0].when: This can never be true: "atLeast" (5) is more than "atMost" (2).',
    );
    // A neutral answer ("No preference") is fine; a question none of whose answers does anything is not.
    expect(problemsOf(() => {})).toEqual([]);
    expect(problemsOf((r) => {
      for (const o of question(r, "format").options) { delete o.points; delete o.reason; }
    })).toEqual([
      `warning: questions[${qi("format")}].id: No answer to question "format" changes anything: no points, scores, flags or reasons, and no condition mentions it.`,
    ]);
    expect(problemsOf((r) => { delete question(r, "where").options[1]!.reason; })).toEqual([
      `warning: questions[${qi("where")}].options[1]: Option "neck" counts toward a result but has no "reason", so the result can't tell the visitor why. Add a "reason".`,
    ]);
  });

  it("requires an action on every urgent outcome and a clearance block when an answer asks for it", () => {
    expect(problemsOf((r) => { delete r.outcomes[1]!.action; })).toEqual([
      'error: outcomes[1]: Urgent outcome "emergency-department" has no "action": give visitors the one thing to do now, e.g. { "label": "Call 911", "href": "tel:911" }.',
    ]);
    const clearanceAt = qi("conditions");
    expect(problemsOf((r) => { delete r.clearance; })).toContain(
      `error: questions[${clearanceAt}].options[0].clearance: This answer asks for the "check with your doctor" note, but the file has no "clearance" block to show. Add one.`,
    );
  });

  it("checks outcome rules and the coverage declaration", () => {
    expect(problemsOf((r) => { r.decision!.outcomeRules![0]!.outcome = "physio"; })).toEqual([
      'error: decision.outcomeRules[0].outcome: "physio" is not an outcome id.',
    ]);
    expect(problemsOf((r) => { r.coverage!.screens[1]!.question = "limits"; })).toEqual([
      'error: coverage.screens[1].question: Question "limits" has no red-flag option, so it can\'t screen anyone. Name a question whose options have "redFlag".',
    ]);
    // Every way pain can start must be some screen's business: dropping some from the declaration is caught.
    expect(problemsOf((r) => {
      const pain = r.coverage!.screens.find((s) => s.question === "pain-red-flags")!;
      pain.covers[1]!.when = { question: "how-started", includes: "accident" };
    })).toEqual([
      'error: coverage.presentations[1]: No screen covers "sudden-no-injury", "gradual", "after-surgery" of question "how-started": add a "covers" entry naming it to the red-flag screen that should check these visitors.',
    ]);
  });

  it("lists clinical text never reviewed, or not reviewed in the last 12 months", () => {
    const rules = defaultRules();
    rules.outcomes[0]!.review = { by: "Dr. Test, emergency physician", on: "2025-10-01" };
    rules.outcomes[1]!.review = { by: "Dr. Test, emergency physician", on: "2026-06-01" };
    const result = validateRules(rules, { today: TODAY });
    const warnings = (result.ok ? result.warnings : []).map(formatProblem);
    expect(warnings).toContain('warning: outcomes[0].review: Outcome "call-911" was last reviewed on 2025-10-01, more than 12 months ago.');
    expect(warnings.some((w) => w.includes('"emergency-department"'))).toBe(false);
    expect(warnings).toContain('warning: outcomes[2].id: Outcome "same-day" has not been reviewed by a clinician: add "review": { "by": …, "on": "YYYY-MM-DD" } once one has.');
  });

  it("warns about parts nothing leads to, without rejecting the file", () => {
    const rules = defaultRules();
    question(rules, "emergency-check").next = "conditions";
    const result = validateRules(rules, { today: TODAY });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map(formatProblem).filter((m) => !isReview(m))).toEqual([
      `warning: questions[${qi("anything-hurts")}].id: Question "anything-hurts" can never be reached: no question leads to it.`,
    ]);
  });

  it("rejects input that is not a rules object at all", () => {
    for (const junk of [null, 42, "rules", [], {}]) {
      const result = validateRules(junk);
      expect(result.ok).toBe(false);
    }
  });
});

describe("field names for did-you-mean", () => {
  it("knows every field the schema has, so a misspelt new field still gets a suggestion", async () => {
    const { FIELDS } = await import("../../../src/rules/explain-issue.ts");
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        if (record["properties"] && typeof record["properties"] === "object") {
          for (const key of Object.keys(record["properties"] as object)) names.add(key);
        }
        Object.values(record).forEach(walk);
      }
    };
    walk(JSON.parse(rulesJsonSchema()));
    expect([...names].filter((n) => !FIELDS.includes(n)).sort()).toEqual([]);
  });
});
