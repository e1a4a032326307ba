/**
 * Size limits, checked before anything recurses or loops over every option: in
 * the located checker (text) and in validateRules (data, as the visitor's page
 * uses it). A condition nested 2,000 deep used to crash both with a RangeError.
 */
import { describe, expect, it } from "vitest";
import { checkRulesText, formatLocated } from "../../../src/rules/check-text.ts";
import { LIMITS } from "../../../src/rules/limits.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Condition, Rules } from "../../../src/rules/schema.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { cleanRules } from "../fixtures.ts";

const leaf: Condition = { question: "first", equals: "b" };
const nested = (levels: number, wrap: (c: Condition) => Condition) => {
  let c: Condition = leaf;
  for (let i = 1; i < levels; i++) c = wrap(c);
  return c;
};
const withCondition = (when: Condition) => {
  const rules = cleanRules();
  rules.questions[0]!.branches![0]!.when = when;
  return rules;
};
const check = (rules: unknown) => {
  const text = JSON.stringify(rules);
  const { problems, model } = checkRulesText(text);
  return { lines: problems.map((p) => formatLocated("f.json", p)), model, text };
};
const depthMessage = (depth: string) =>
  `This condition is nested ${depth} deep; the limit is 32. Combine conditions in one "all" or "any" list instead of nesting them.`;

describe("condition nesting", () => {
  it.each([
    ["not", (c: Condition) => ({ not: c })],
    ["all", (c: Condition) => ({ all: [c] })],
    ["any", (c: Condition) => ({ any: [leaf, c] })],
  ])("a %s chain 2,001 deep is one located error, not a crash", (_, wrap) => {
    const rules = withCondition(nested(2_001, wrap));
    const { lines, model, text } = check(rules);
    expect(model).toBeNull();
    expect(lines).toEqual([`f.json:1:${text.indexOf('"when":') + 8} questions[0].branches[0].when: ${depthMessage("2,001")}`]);
    expect(validateRules(rules)).toEqual({
      ok: false,
      problems: [{ path: ["questions", 0, "branches", 0, "when"], message: depthMessage("2,001"), severity: "error" }],
    });
  });

  it("allows 32 levels and refuses 33, in adjustments as in branches", () => {
    const deep = (levels: number) => {
      const rules = cleanRules();
      rules.decision!.adjustments![0]!.when = nested(levels, (c) => ({ all: [c, { score: "total", atLeast: 1 }] }));
      return rules;
    };
    expect(check(deep(32)).model).not.toBeNull();
    expect(validateRules(deep(32)).ok).toBe(true);
    expect(check(deep(33)).lines).toEqual([expect.stringContaining(`decision.adjustments[0].when: ${depthMessage("33")}`)]);
    expect(validateRules(deep(33)).ok).toBe(false);
  });

  it("refuses brackets nested past the limit anywhere else, before the parser recurses into them", () => {
    const text = JSON.stringify(cleanRules()).replace('"version":"t1"', `"version":${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(checkRulesText(text).problems.map((p) => formatLocated("f.json", p))).toEqual([
      `f.json:1:${text.indexOf("[") + LIMITS.nesting} Lists and objects are nested more than 100 deep here, which a rules file never needs: check for brackets pasted by mistake.`,
    ]);
    const data = JSON.parse(text);
    expect(validateRules(data)).toMatchObject({ ok: false, problems: [{ path: ["version", ...Array(LIMITS.nesting - 1).fill(0)], severity: "error" }] });
  });
});

describe("sizes", () => {
  const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, label: "O", points: {} }));

  it("refuses 50,000 options with one message, before the schema looks at any of them", () => {
    const rules = cleanRules();
    rules.questions[1]!.options = options(50_000);
    const result = validateRules(rules);
    expect(result.ok === false && result.problems.map(formatProblem)).toEqual([
      "error: questions[1].options: There are 50,000 options here; the limit is 50.",
    ]);
    expect(check(rules).lines).toEqual([expect.stringMatching(/^f\.json:1:\d+ questions\[1\]\.options: There are 50,000 options here; the limit is 50\.$/)]);
  });

  it("allows 50 options", () => {
    const rules = cleanRules();
    rules.questions[1]!.options = [...options(49), { id: "none", label: "None", exclusive: true }];
    expect(validateRules(rules).ok).toBe(true);
  });

  it.each<[string, (r: Rules) => void, string]>([
    ["questions", (r) => { r.questions.push(...Array.from({ length: 1_000 }, (_, i) => ({ ...r.questions[1]!, id: `q${i}` }))); }, "error: questions: There are 1,002 questions here; the limit is 1,000."],
    ["text", (r) => { r.disclaimer = "x".repeat(5_001); }, "error: disclaimer: This text is 5,001 characters long; the limit is 5,000."],
    ["paragraphs", (r) => { r.intro.paragraphs = Array(51).fill("p"); }, "error: intro.paragraphs: There are 51 paragraphs here; the limit is 50."],
    ["conditions in a list", (r) => { r.decision!.adjustments![0]!.when = { any: Array(51).fill(leaf) }; }, "error: decision.adjustments[0].when.any: There are 51 conditions here; the limit is 50."],
    ["fields", (r) => { r.questions[0]!.options[0]!.points = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`o${i}`, 1])); }, "error: questions[0].options[0].points: This has 101 fields; the limit is 100."],
    ["an unknown list", (r) => { (r as Record<string, unknown>)["notes"] = Array(1_001).fill(1); }, "error: notes: There are 1,001 items here; the limit is 1,000."],
    ["a list under a reserved name", (r) => { (r as Record<string, unknown>)["constructor"] = Array(1_001).fill(1); }, "error: constructor: There are 1,001 items here; the limit is 1,000."],
  ])("refuses too many %s", (_, change, message) => {
    const rules = cleanRules();
    change(rules);
    const result = validateRules(rules);
    expect(result.ok === false && result.problems.map(formatProblem)).toEqual([message]);
  });

  it("refuses a file over the size limit without reading further", () => {
    const text = `{"version": "${"x".repeat(LIMITS.fileCharacters)}"}`;
    expect(checkRulesText(text).problems.map((p) => formatLocated("f.json", p))).toEqual([
      "f.json:1:1 This file has 2,000,015 characters; the limit is 2,000,000 (about 2 MB). A rules file is normally well under 100,000: check that nothing was pasted into it by mistake.",
    ]);
  });
});

describe("a fault in a check itself", () => {
  it("becomes one file-level message, never an exception", () => {
    // A getter that throws stands in for any bug in a check: input from JSON can't do this.
    const hostile = { get version(): string { throw new Error("boom"); } };
    expect(validateRules(hostile)).toEqual({
      ok: false,
      problems: [{ path: [], severity: "error", message: "The checker stopped with an internal error (boom). This is a fault in CareFit, not necessarily in your file: please report it with the file attached." }],
    });
  });
});
