/**
 * The answers the path walk tries for a question stand for every answer a visitor can
 * give: on generated rule sets, every valid answer's effect is the effect of exactly
 * one tried answer, and every tried answer is valid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerClasses } from "../../../src/engine/answer-classes.ts";
import { settle } from "../../../src/engine/conditions.ts";
import { type Relevance, relevanceOf } from "../../../src/engine/relevance.ts";
import { answerProblem, redFlagIn } from "../../../src/engine/route.ts";
import { encode, plus, type Totals } from "../../../src/engine/totals.ts";
import { buildModel, type QuizModel } from "../../../src/rules/model.ts";
import type { Condition, Option, Question } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";
import { everyAnswer, sorted } from "./brute-force.ts";
import { uncheckedRules } from "./random-rules.ts";

/** What the rest of a visit can tell of an answer, worked out for the whole answer at once. */
function effectOf(model: QuizModel, relevance: Relevance, question: Question, options: readonly string[]): string {
  const chosen = question.options.filter((o) => options.includes(o.id));
  const flag = redFlagIn(model, { question: question.id, options });
  const decider = chosen.find((o) => o.redFlag !== undefined && redFlagIn(model, { question: question.id, options: [o.id] }) === flag);
  const sum = (pick: (o: (typeof chosen)[number]) => Record<string, number> | undefined) =>
    encode(chosen.reduce<Totals>((total, o) => plus(total, Object.entries(pick(o) ?? {})), new Map()));
  return JSON.stringify({
    conditions: relevance.conditions.map((c) => settle(c, question.id, new Set(options))),
    decider: decider?.id,
    points: sum((o) => o.points),
    scores: sum((o) => Object.fromEntries(Object.entries(o.scores ?? {}).filter(([id]) => relevance.scores.has(id)))),
    clearance: chosen.some((o) => o.clearance === true),
  });
}

function expectEveryEffectOnce(model: QuizModel) {
  const relevance = relevanceOf(model);
  for (const question of model.rules.questions) {
    const tried = answerClasses(model, question, relevance) ?? [];
    const effect = (options: readonly string[]) => effectOf(model, relevance, question, options);
    for (const answer of tried) expect(answerProblem(question, answer.options)).toBeNull();
    expect(tried.map((a) => effect(a.options)).sort()).toEqual(sorted(everyAnswer(question).map(effect)));
  }
}

/** One multiple-choice question with these options, and conditions on the tiny quiz's second question. */
function oneQuestion(options: Option[], conditions: Condition[] = []) {
  const rules = tinyRules();
  rules.questions[0] = { ...rules.questions[0]!, type: "multiple", options, branches: [] };
  rules.questions[1]!.branches = conditions.map((when) => ({ when, goTo: "result" }));
  const model = buildModel(rules);
  return answerClasses(model, model.rules.questions[0]!, relevanceOf(model))?.map((a) => a.options);
}

describe("answer classes", () => {
  // Red flags that lead anywhere, as in rules that skipped the checker, are answers too.
  it("try one answer for each effect a valid answer can have", () => {
    fc.assert(fc.property(uncheckedRules.map(buildModel), expectEveryEffectOnce), { numRuns: 200 });
  });

  it("try how many of a kind, not which", () => {
    const goal = (id: string) => ({ id, label: id, points: { alpha: 1 } });
    expect(oneQuestion([goal("a"), goal("b"), goal("c")])).toEqual([["a"], ["a", "b"], ["a", "b", "c"]]);
  });

  it("tell answers apart only where some condition does", () => {
    const options = [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C", points: { beta: 1 } }];
    expect(oneQuestion(options, [{ question: "first", includes: "a" }])).toEqual([["a"], ["a", "c"], ["b"], ["c"]]);
    // "Exactly a" tells a alone from a with anything else, which is no different from b.
    expect(oneQuestion(options, [{ question: "first", equals: "a" }])).toEqual([["a"], ["b"], ["c"]]);
    const eitherAOrB = { any: [{ question: "first", includes: "a" }, { question: "first", includes: "b" }] };
    expect(oneQuestion(options, [eitherAOrB])).toEqual([["a"], ["a", "c"], ["c"]]);
  });

  it("try every red flag, deciding on its own, and no combination a more urgent flag decides the same way", () => {
    const flag = (id: string, redFlag: string) => ({ id, label: id, redFlag });
    expect(oneQuestion([flag("f1", "urgent"), flag("f2", "urgent"), { id: "none", label: "None", exclusive: true }])).toEqual([["f1"], ["f2"], ["none"]]);
  });

  it("don't tell options apart by the fields they understand, when both have the same", () => {
    const both = (fields: Partial<Option>) => oneQuestion([{ id: "a", label: "A", ...fields }, { id: "b", label: "B", ...fields }]);
    expect(oneQuestion([{ id: "a", label: "A", help: "Help", reason: "Reason" }, { id: "b", label: "B" }])).toEqual([["a"]]);
    expect(both({ points: { alpha: 1 } })).toEqual([["a"], ["a", "b"]]);
    expect(both({ scores: { total: 1 } })).toEqual([["a"], ["a", "b"]]);
    expect(both({ clearance: true })).toEqual([["a"]]);
    expect(both({ exclusive: true })).toEqual([["a"]]);
  });

  it("try both ways an option carrying a field they don't know, which might be a new kind of effect", () => {
    const options = [{ id: "a", label: "A" }, { id: "b", label: "B", prefers: "beta" } as Option];
    expect(oneQuestion(options)).toEqual([["a"], ["b"]]);
  });

  it("give up, rather than freeze, past the most answers they were told to try", () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
    const eachNamed = options.map((o) => ({ question: "first", includes: o.id }));
    const rules = tinyRules();
    rules.questions[0] = { ...rules.questions[0]!, type: "multiple", options, branches: [] };
    rules.questions[1]!.branches = eachNamed.map((when) => ({ when, goTo: "result" }));
    const model = buildModel(rules);
    expect(answerClasses(model, model.rules.questions[0]!, relevanceOf(model), 4_096)).toHaveLength(4_095);
    expect(answerClasses(model, model.rules.questions[0]!, relevanceOf(model), 4_095)).toBeUndefined();
  });

  it("merge answers with the same effect as they go, so options that change nothing cost next to nothing", () => {
    // 16 options nothing reads: none, one or several of them is all there is to tell apart,
    // so at most three partial answers are ever kept (not 2^16).
    const options = Array.from({ length: 16 }, (_, i) => ({ id: `o${i}`, label: `O${i}` }));
    const rules = tinyRules();
    rules.questions[0] = { ...rules.questions[0]!, type: "multiple", options, branches: [] };
    const model = buildModel(rules);
    expect(answerClasses(model, model.rules.questions[0]!, relevanceOf(model), 3)?.map((a) => a.options)).toEqual([["o0"]]);
  });

  it("tell apart answers whose option ids run together", () => {
    const options = ["a", "ab", "bc", "c"].map((id) => ({ id, label: id }));
    // "a + bc" and "ab + c": the same letters, different answers. Every option is read, so all 15 answers differ.
    expect(oneQuestion(options, options.map((o) => ({ question: "first", includes: o.id })))).toHaveLength(15);
  });

  it("merge two answers only when every option still to come can join both or neither", () => {
    // "none" (exclusive) and "other" have the same effect so far, and agree on the last
    // exclusive option (neither can take it), but only "other" can take "z" too: merging
    // them would lose "z" with something else, which conditions tell apart both from "z" alone and from no "z".
    const options = [
      { id: "none", label: "None", exclusive: true },
      { id: "other", label: "Other" },
      { id: "z", label: "Z" },
      { id: "unsure", label: "Unsure", exclusive: true },
    ];
    expect(oneQuestion(options, [{ question: "first", equals: "z" }, { question: "first", includes: "z" }])).toEqual([["none"], ["other", "z"], ["z"]]);
  });

  it("keep an answer open to more options when one with the same effect so far can't be (it is exclusive)", () => {
    const options = [
      { id: "none", label: "None", exclusive: true, clearance: true },
      { id: "heart", label: "Heart", clearance: true },
      { id: "back", label: "Back" },
    ];
    expect(oneQuestion(options, [{ question: "first", includes: "back" }])).toContainEqual(["heart", "back"]);
  });
});
