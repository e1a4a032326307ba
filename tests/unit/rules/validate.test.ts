import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesJsonSchema } from "../../../src/rules/json-schema.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { defaultRules } from "../helpers.ts";

function problemsOf(mutate: (r: Rules) => void): string[] {
  const rules = defaultRules();
  mutate(rules);
  const result = validateRules(rules);
  return result.ok ? result.warnings.map(formatProblem) : result.problems.map(formatProblem);
}

describe("rule files", () => {
  it("accepts the default rules without warnings", () => {
    const result = validateRules(defaultRules());
    expect(result.ok && result.warnings).toEqual([]);
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

  it("finds logic mistakes a schema cannot", () => {
    expect(problemsOf((r) => { r.questions[3]!.next = "how-startd"; })).toContain(
      'error: questions[3].next: "how-startd" is not a question id, an outcome id, or "result" — did you mean "how-started"?',
    );
    expect(problemsOf((r) => { r.questions[4]!.id = "where"; })).toContain(
      'error: questions[4].id: Question or outcome id "where" is used twice (first at index 3). Ids must be unique.',
    );
    expect(problemsOf((r) => { r.questions[1]!.options[0]!.redFlag = "physiotherapy"; })).toContain(
      'error: questions[1].options[0].redFlag: A red flag must lead to an urgent outcome, but "physiotherapy" is a care outcome. Use one of: "emergency", "emergency-today", "see-doctor".',
    );
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { question: "reason", includes: "pain" }; })).toContain(
      'error: questions[1].branches[0].when.includes: "pain" is not an option of question "reason".',
    );
    expect(problemsOf((r) => { r.decision.tieBreak.pop(); })).toContain(
      'error: decision.tieBreak: Care outcome "chiropractic" is missing: list every care outcome.',
    );
    const loop = problemsOf((r) => { r.questions.find((q) => q.id === "format")!.next = "goals"; });
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatch(/^error: questions\[18\]\.next: This leads back to an earlier question, .*→ format → goals → /);
  });

  it("warns about conditions that can never be true and options with no effect", () => {
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { question: "where", includes: "back" }; })).toContain(
      'warning: questions[1].branches[0].when.question: This can never be true: "where" is never asked before this point.',
    );
    expect(problemsOf((r) => { r.questions[1]!.branches![0]!.when = { score: "complexity", atLeast: 5, atMost: 2 }; })).toContain(
      'warning: questions[1].branches[0].when: This can never be true: "atLeast" (5) is more than "atMost" (2).',
    );
    expect(problemsOf((r) => { delete r.questions[12]!.options[3]!.points; })).toEqual([
      'warning: questions[12].options[3]: Option "no-preference" has no effect: no points, scores or flags, and no condition mentions it. If it should count for nothing, say so with "points": {}.',
    ]);
  });

  it("warns about parts nothing leads to, without rejecting the file", () => {
    const rules = defaultRules();
    rules.questions.find((q) => q.id === "heart-check")!.next = "goals";
    const result = validateRules(rules);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map(formatProblem)).toEqual([
      'warning: questions[2].id: Question "anything-hurts" can never be reached: no question leads to it.',
    ]);
  });

  it("rejects input that is not a rules object at all", () => {
    for (const junk of [null, 42, "rules", [], {}]) {
      const result = validateRules(junk);
      expect(result.ok).toBe(false);
    }
  });
});
