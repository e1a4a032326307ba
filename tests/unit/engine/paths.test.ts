/**
 * The path walk behind the safety analysis is exhaustive: on generated rule sets it
 * finds exactly what brute force finds by trying every answer to every question, a
 * deliberately weakened walk is caught by the same comparison, and a walk cut short
 * by its limit says so.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explorePaths, type PathReport, walkPaths } from "../../../src/engine/paths.ts";
import { type Relevance, relevanceOf } from "../../../src/engine/relevance.ts";
import { buildModel, type QuizModel } from "../../../src/rules/model.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";
import { defaultModel } from "../helpers.ts";
import { bruteForce, checked, signature, situation, sorted } from "./brute-force.ts";
import { checkedRules, uncheckedRules } from "./random-rules.ts";

function expectSameAsBruteForce(model: QuizModel, report: PathReport) {
  const brute = bruteForce(model);
  expect(report.truncated).toBe(false);
  expect(sorted(report.paths.map(signature))).toEqual(sorted(brute.paths.map(signature)));
  expect(sorted(report.paths.map(situation(model)))).toEqual(sorted(brute.paths.map(situation(model))));
  expect(sorted(report.loops.map((l) => l.join(" → ")))).toEqual(sorted(brute.loops.map((l) => l.join(" → "))));
}

describe("the path walk against brute force", () => {
  it("finds every visitor's path through rules the checker accepts, and nothing else", () => {
    fc.assert(
      fc.property(checkedRules.map(checked), (model) => expectSameAsBruteForce(model, explorePaths(model))),
      { numRuns: 100 },
    );
  });

  it("finds every path and loop through rules that skipped the checker", () => {
    fc.assert(
      fc.property(uncheckedRules.map(buildModel), (model) => expectSameAsBruteForce(model, explorePaths(model))),
      { numRuns: 100 },
    );
  });

  it.each<[string, (r: Relevance) => Relevance]>([
    ["ignores what conditions read", (r) => ({ ...r, readers: new Map() })],
    ["forgets which options conditions name", (r) => ({ ...r, readers: new Map([...r.readers].map(([q, { conditions }]) => [q, { conditions, options: new Set() }])) })],
    ["ignores scores", (r) => ({ ...r, scores: new Map() })],
  ])("notices a weakened walk that %s", (_, weaken) => {
    const weakened = fc.property(checkedRules.map(checked), (model) =>
      expectSameAsBruteForce(model, walkPaths(model, weaken(relevanceOf(model)), 200_000)));
    // A fixed seed keeps this check of the check from depending on luck; over seeds 1–20
    // each weakening was caught within the first 26 generated rule sets.
    expect(fc.check(weakened, { numRuns: 500, seed: 19, endOnFailure: true }).failed).toBe(true);
  });
});

/** One multiple-choice question: A and C give physiotherapy a point, B chiropractic. No condition mentions any. */
function abRules(): Rules {
  const rules = tinyRules();
  const [first] = rules.questions;
  first!.type = "multiple";
  first!.options = [
    { id: "a", label: "A", points: { alpha: 1 } },
    { id: "b", label: "B", points: { beta: 1 } },
    { id: "c", label: "C", points: { alpha: 1 } },
  ];
  first!.branches = [];
  rules.questions = [first!];
  return rules;
}

describe("the path walk", () => {
  it("finds an outcome reached only by ticking one unmentioned option on its own", () => {
    const report = explorePaths(buildModel(abRules()));
    const beta = report.paths.filter((p) => p.outcome === "beta");
    expect(beta.map((p) => p.answers)).toEqual([[{ question: "first", options: ["b"] }]]);
    expect(sorted(report.paths.map((p) => p.outcome ?? ""))).toEqual(["alpha", "beta"]);
  });

  it("lists a way through an option no condition reads only where it changes the result, unless a watched condition reads it", () => {
    const model = buildModel(abRules());
    const chose = (report: PathReport, option: string) => report.paths.some((p) => p.answers[0]!.options.includes(option));
    expect(chose(explorePaths(model), "c")).toBe(false);
    expect(chose(explorePaths(model, undefined, [{ question: "first", includes: "c" }]), "c")).toBe(true);
  });
});

describe("a path's end", () => {
  it("is no outcome, neither urgent nor with the doctor-first note, where the rules name none to give", () => {
    const rules = tinyRules();
    rules.decision!.outcomeRules = [{ when: { question: "first", equals: "a" }, outcome: "gone" }];
    const ends = explorePaths(buildModel(rules)).paths.filter((p) => p.answers[0]!.options[0] === "a");
    expect(ends).toEqual([{ answers: [{ question: "first", options: ["a"] }], outcome: null, urgent: false, clearance: false }]);
  });
});

describe("the path limit", () => {
  it("walks the default rules to the end with the default limit", () => {
    const report = explorePaths(defaultModel());
    expect(report.truncated).toBe(false);
    expect(report.paths.length).toBeGreaterThan(10);
  });

  it("says the walk was cut short when the limit stops it", () => {
    const report = explorePaths(defaultModel(), 10);
    expect(report.truncated).toBe(true);
    expect(report.paths).toHaveLength(10);
  });

  it("says so too when one question has too many ways to answer to try", () => {
    const rules = abRules();
    rules.questions[0]!.options = Array.from({ length: 15 }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
    const eachNamed = rules.questions[0]!.options.map((o) => ({ question: "first", includes: o.id }));
    expect(explorePaths(buildModel(rules), undefined, eachNamed)).toMatchObject({ truncated: true, paths: [] });
  });

  it("stops at once when one question has too many ways to answer, listing no path found after it", () => {
    const rules = abRules();
    const big = Array.from({ length: 15 }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
    rules.questions = [
      { ...rules.questions[0]!, type: "single", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }], branches: [{ when: { question: "first", equals: "x" }, goTo: "big" }] },
      { id: "big", type: "multiple", text: "Big?", options: big, next: "result" },
    ];
    const eachNamed = big.map((o) => ({ question: "big", includes: o.id }));
    expect(explorePaths(buildModel(rules), undefined, eachNamed)).toMatchObject({ truncated: true, paths: [] });
  });

  it("says so only when a path was left out", () => {
    const model = buildModel(tinyRules());
    const all = explorePaths(model).paths.length;
    expect(explorePaths(model, all).truncated).toBe(false);
    expect(explorePaths(model, all - 1)).toMatchObject({ truncated: true, paths: { length: all - 1 } });
  });
});
