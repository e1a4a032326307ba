/**
 * The texts only a care result shows, served in a second file (src/rules/result-texts.ts):
 * the two files merge back into exactly the rules, and — the safety promise — every urgent
 * result, on every path, is exactly the same from the first file alone, so no urgent result
 * ever waits for or depends on the second file. A care result's outcome, clearance note and
 * booking are decided from the first file alone too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import example from "../../../rules/examples/start-back.json" with { type: "json" };
import french from "../../../rules/care-quiz.fr.json" with { type: "json" };
import { recommend } from "../../../src/engine/outcome.ts";
import { explorePaths } from "../../../src/engine/paths.ts";
import { checkRulesText } from "../../../src/rules/check-text.ts";
import { buildModel, type QuizModel } from "../../../src/rules/model.ts";
import { mergeResultTexts, parseResultTexts, RESULTS_FIELD, resultsRefOf, splitResultTexts } from "../../../src/rules/result-texts.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { forVisitors, localizeRules } from "../../../src/rules/translation.ts";
import { checked } from "../engine/brute-force.ts";
import { checkedRules } from "../engine/random-rules.ts";
import { defaultRules } from "../helpers.ts";

const english = forVisitors(defaultRules());
const frenchRules = forVisitors(localizeRules(defaultRules(), new Map(Object.entries(french as Record<string, string>))));
const startBack = forVisitors(example as unknown as Rules);

/** Every path's result from the whole rules and from the first file alone: urgent ones identical, care ones decided the same. */
function expectUrgentResultsWhole(rules: Rules) {
  const whole = checked(rules);
  const first = buildModel(splitResultTexts(rules).first);
  const report = explorePaths(whole);
  expect(report.truncated).toBe(false);
  let urgent = 0;
  for (const path of report.paths) {
    const fromWhole = recommend(whole, path.answers);
    const fromFirst = recommend(first, path.answers);
    if (!fromWhole || !fromFirst) {
      expect(fromFirst).toEqual(fromWhole);
      continue;
    }
    if (fromWhole.urgent) {
      urgent++;
      expect(fromFirst).toEqual(fromWhole);
    } else {
      expect({ outcome: fromFirst.outcome.id, urgent: fromFirst.urgent, clearance: fromFirst.clearance }).toEqual({
        outcome: fromWhole.outcome.id,
        urgent: false,
        clearance: fromWhole.clearance,
      });
      // What the result shows without its details is in the first file.
      expect(fromFirst.outcome.title).toBe(fromWhole.outcome.title);
    }
  }
  return urgent;
}

describe("the result texts' split", () => {
  it.each([["English", english], ["French", frenchRules], ["the STarT Back example", startBack]])("merges back into exactly the rules (%s)", (_, rules) => {
    const { first, texts } = splitResultTexts(rules);
    expect(Object.keys(texts).length).toBeGreaterThan(0);
    expect(mergeResultTexts(first, texts)).toEqual({ rules, unused: [] });
    expect(rules).toEqual(forVisitors(rules)); // the input is not changed
  });

  it("keeps in the first file all an urgent result shows, the clearance note, the booking link and the disclaimer", () => {
    const { first, texts } = splitResultTexts(english);
    for (const outcome of english.outcomes.filter((o) => o.kind === "urgent")) {
      expect(first.outcomes.find((o) => o.id === outcome.id)).toEqual(outcome);
    }
    for (const outcome of first.outcomes.filter((o) => o.kind === "care")) {
      expect(Object.keys(outcome).sort()).toEqual(["id", "kind", "title"]);
      expect(texts[`outcomes.${outcome.id}.summary`]).toBeTruthy();
    }
    const options = first.questions.flatMap((q) => q.options);
    expect(options.filter((o) => o.redFlag || o.clearance).every((o) => o.reason)).toBe(true);
    // Other reasons stay only where an urgent outcome reached by an outcome rule might list them
    // (the sudden-headache rule): kept conservatively, so most reasons still move out. That every
    // urgent result is whole from the first file is proved path by path below.
    const kept = first.questions.flatMap((q) => q.options.filter((o) => o.reason && !o.redFlag && !o.clearance).map((o) => `${q.id}.${o.id}`));
    expect(kept.length).toBeLessThan(first.questions.flatMap((q) => q.options).filter((o) => o.reason).length / 2);
    expect([first.booking, first.disclaimer, first.clearance]).toEqual([english.booking, english.disclaimer, english.clearance]);
    expect(Object.keys(texts).filter((k) => k.startsWith("questions.")).every((k) => k.endsWith(".reason"))).toBe(true);
  });

  it.each([["English", english], ["French", frenchRules], ["the STarT Back example", startBack]])(
    "gives every urgent result on every path exactly as the whole rules do, from the first file alone (%s)",
    (_, rules) => {
      expectUrgentResultsWhole(rules);
    },
  );

  it("does so on generated rules, where branches and outcome rules also lead to urgent outcomes", () => {
    // Every answer explains itself, so that any reason left behind would show.
    const withReasons = checkedRules.map((rules): Rules => ({
      ...rules,
      questions: rules.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o, reason: `because ${o.id}` })) })),
      outcomes: rules.outcomes.map((o) => ({ ...o, whatToExpect: [`then ${o.id}`] })),
    }));
    let urgent = 0;
    fc.assert(fc.property(withReasons, (rules) => void (urgent += expectUrgentResultsWhole(rules))), { numRuns: 150 });
    expect(urgent).toBeGreaterThan(0);
  });

  it("keeps a neutral answer's reason when an urgent outcome can be reached other than by a red flag", () => {
    const rules = structuredClone(english);
    rules.decision!.outcomeRules = [{ when: { question: "reason", equals: "not-sure" }, outcome: "see-doctor-soon" }, ...(rules.decision!.outcomeRules ?? [])];
    const { first } = splitResultTexts(rules);
    const neutral = first.questions.flatMap((q) => q.options).filter((o) => Object.values(o.points ?? {}).every((n) => n === 0) && !o.redFlag && !o.clearance);
    expect(neutral.some((o) => o.reason)).toBe(true);
  });
});

describe("merging result texts", () => {
  it("never replaces a text the rules have, and reports texts that fit nowhere", () => {
    const { first, texts } = splitResultTexts(english);
    const care = first.outcomes.find((o) => o.kind === "care")!;
    const key = `outcomes.${care.id}.summary`;
    const withSummary = structuredClone(first);
    withSummary.outcomes.find((o) => o.id === care.id)!.summary = "Already here";
    const merged = mergeResultTexts(withSummary, { ...texts, "outcomes.nowhere.summary": "Lost" });
    expect(merged.rules.outcomes.find((o) => o.id === care.id)!.summary).toBe("Already here");
    expect(merged.unused.sort()).toEqual([key, "outcomes.nowhere.summary"].sort());
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["a list", []],
    ["questions that aren't a list", { questions: "no", outcomes: 3, decision: [] }],
    ["options of the wrong shape", { questions: [null, { id: "q", options: [1, null, "x"] }], outcomes: [null, "x"], decision: { outcomeRules: [null], adjustments: "x" } }],
  ])("leaves data of the wrong shape alone (%s)", (_, data) => {
    expect(() => mergeResultTexts(data, { "questions.q.options.o.reason": "x" })).not.toThrow();
    expect(mergeResultTexts(data, { a: "b" }).unused).toEqual(["a"]);
  });

  it("reads a file of texts, and nothing else", () => {
    expect(parseResultTexts('{"$note": 1, "a": "b"}')).toEqual({ a: "b" });
    expect(parseResultTexts('{"a": 1}')).toBeUndefined();
    expect(parseResultTexts("[]")).toBeUndefined();
    expect(parseResultTexts("{")).toBeUndefined();
    expect(resultsRefOf({ [RESULTS_FIELD]: { sha256: "a".repeat(64) } })).toEqual({ sha256: "a".repeat(64) });
    expect(resultsRefOf({ [RESULTS_FIELD]: { sha256: "../x" } })).toBeUndefined();
    expect(resultsRefOf({ [RESULTS_FIELD]: "x" })).toBeUndefined();
  });
});

describe("checking a served first-load file with its result texts (a file replaced on the server)", () => {
  const { first, texts } = splitResultTexts(english);
  const served = JSON.stringify({ [RESULTS_FIELD]: { sha256: "0".repeat(64) }, ...first }, null, 2);
  const check = (text: string, withTexts = texts) => checkRulesText(text, { skipReviews: true, resultTexts: withTexts });

  it("checks the pair as one rules file", () => {
    const { model, problems } = check(served);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect((model as QuizModel).rules).toEqual(english);
  });

  it("still finds what only the served text shows: a field written twice", () => {
    const twice = served.replace('"next": "emergency-check"', '"next": "emergency-check", "next": "result"');
    expect(check(twice).model).toBeNull();
    expect(check(twice).problems.map((p) => p.message).join("\n")).toMatch(/"next" is written twice/);
  });

  it("locates a problem of a merged text at the nearest place in the served file", () => {
    const care = english.outcomes.find((o) => o.kind === "care")!;
    const { problems, model } = check(served, { ...texts, [`outcomes.${care.id}.summary`]: "" });
    expect(model).toBeNull();
    const problem = problems.find((p) => p.severity === "error")!;
    const index = english.outcomes.indexOf(care);
    expect(problem.path.slice(0, 2)).toEqual(["outcomes", index]);
    expect(served.split("\n")[problem.line - 1]).toContain("{");
  });

  it("refuses the served file without its texts", () => {
    const { model, problems } = checkRulesText(served, { skipReviews: true });
    expect(model).toBeNull();
    expect(problems.some((p) => p.path[0] === RESULTS_FIELD)).toBe(true);
  });

  it("warns about texts that fit nowhere", () => {
    const { model, problems } = check(served, { ...texts, "outcomes.nowhere.summary": "Lost" });
    expect(model).not.toBeNull();
    expect(problems.find((p) => p.severity === "warning" && p.path[0] === RESULTS_FIELD)?.message).toContain("outcomes.nowhere.summary");
  });
});
