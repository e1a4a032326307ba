import { describe, expect, it } from "vitest";
import { answeredQuestions } from "../../../src/engine/answered.ts";
import { bookingLink } from "../../../src/engine/booking.ts";
import { holds } from "../../../src/engine/conditions.ts";
import type { Condition } from "../../../src/rules/schema.ts";
import { recommend } from "../../../src/engine/outcome.ts";
import { progressOf } from "../../../src/engine/progress.ts";
import { answerProblem, replay } from "../../../src/engine/route.ts";
import { buildModel } from "../../../src/rules/model.ts";
import { tinyRules } from "../fixtures.ts";
import { defaultModel } from "../helpers.ts";

const tiny = buildModel(tinyRules());

describe("conditions", () => {
  const facts = {
    answers: new Map([["q", new Set(["x", "y"])], ["r", new Set(["z"])]]),
    scores: new Map([["s", 4]]),
  };
  it.each([
    [{ question: "r", equals: "z" }, true],
    [{ question: "q", equals: "x" }, false], // two options chosen: not exactly x
    [{ question: "q", includes: "x" }, true],
    [{ question: "missing", includes: "x" }, false],
    [{ question: "missing", equals: "x" }, false],
    [{ not: { question: "q", includes: "x" } }, false],
    [{ all: [{ question: "q", includes: "x" }, { question: "r", equals: "z" }] }, true],
    [{ all: [{ question: "q", includes: "x" }, { question: "r", equals: "w" }] }, false],
    [{ any: [{ question: "q", includes: "w" }, { question: "r", equals: "z" }] }, true],
    [{ score: "s", atLeast: 4 }, true],
    [{ score: "s", atLeast: 5 }, false],
    [{ score: "s", atMost: 3 }, false],
    [{ score: "unknown", atMost: 0 }, true],
  ] as [Condition, boolean][])("%j is %s", (condition, expected) => {
    expect(holds(condition, facts)).toBe(expected);
  });
});

describe("answers", () => {
  const multi = tinyRules().questions[1]!;
  it("rejects empty, unknown, doubled and exclusive-combined answers", () => {
    expect(answerProblem(multi, [])).toMatch(/Choose an answer/);
    expect(answerProblem(multi, ["nope"])).toMatch(/not one of the options/);
    expect(answerProblem(multi, ["fear", "fear"])).toMatch(/twice/);
    expect(answerProblem(multi, ["none", "fear"])).toMatch(/can't be combined/);
    expect(answerProblem(multi, ["fear", "worry"])).toBeNull();
    expect(answerProblem(tinyRules().questions[0]!, ["a", "b"])).toMatch(/only one/);
  });
});

describe("points, ties and scores", () => {
  it("breaks a tie with the tieBreak order", () => {
    const tied = buildModel({ ...tinyRules(), decision: { tieBreak: ["beta", "alpha"] } });
    // "a" gives alpha one point and beta none: no tie, alpha wins whatever the order.
    expect(recommend(tied, [{ question: "first", options: ["a"] }])?.outcome.id).toBe("alpha");
    // Low-distress "b" path: beta 1, alpha 0.
    const log = [{ question: "first", options: ["b"] }, { question: "distress", options: ["none"] }];
    expect(recommend(tied, log)?.outcome.id).toBe("beta");
    const zero = buildModel({ ...tinyRules(), questions: tinyRules().questions.map((q) => ({ ...q, options: q.options.map(({ points: _p, ...o }) => o) })) });
    expect(recommend(zero, [{ question: "first", options: ["a"] }])?.outcome.id).toBe("alpha");
    const zeroReversed = buildModel({ ...zero.rules, decision: { tieBreak: ["beta", "alpha"] } });
    expect(recommend(zeroReversed, [{ question: "first", options: ["a"] }])?.outcome.id).toBe("beta");
  });

  it("applies a threshold over a score and its sub-score, like a published screening tool", () => {
    const low = [{ question: "first", options: ["b"] }, { question: "distress", options: ["worry", "fear", "leg"] }];
    const high = [{ question: "first", options: ["b"] }, { question: "distress", options: ["worry", "fear", "gloom"] }];
    expect(recommend(tiny, low)?.outcome.id).toBe("beta");
    const result = recommend(tiny, high);
    expect(result?.outcome.id).toBe("alpha");
    expect(result?.reasons.map((r) => r.text)).toEqual(["High distress"]);
  });

  it("ends at once in the urgent outcome for a red flag", () => {
    const log = [{ question: "first", options: ["flag"] }];
    expect(replay(tiny, log).step).toEqual({ kind: "outcome", outcome: "urgent" });
    expect(recommend(tiny, log)).toMatchObject({ urgent: true, outcome: { id: "urgent" } });
  });
});

describe("replay", () => {
  it("keeps the valid prefix of a log and drops the rest", () => {
    const log = [
      { question: "first", options: ["b"] },
      { question: "distress", options: ["none", "fear"] },
      { question: "distress", options: ["fear"] },
    ];
    expect(replay(tiny, log).log).toEqual([{ question: "first", options: ["b"] }]);
    expect(replay(tiny, [{ question: "other", options: ["a"] }]).log).toEqual([]);
  });
});

describe("progress", () => {
  it("counts the current question and bounds the total by the longest way on", () => {
    const model = defaultModel();
    expect(progressOf(model, [])).toEqual({ number: 1, mostTotal: 15 });
    const fitness = [{ question: "reason", options: ["fitness-goal"] }, { question: "emergency-check", options: ["none"] }];
    const bound = progressOf(model, fitness);
    expect(bound.number).toBe(3);
    // A visitor here for fitness never reaches the pain questions, so the bound drops.
    expect(bound.mostTotal).toBeLessThan(15);
  });
});

describe("booking links", () => {
  const rules = tinyRules();
  const [, alpha] = rules.outcomes;
  it("carries the outcome id so the booking form can preselect it", () => {
    expect(bookingLink(rules.booking, alpha!)).toEqual({ href: "https://clinic.example/book?care=alpha", label: "Book" });
  });
  it("keeps the clinic's own query parameters and honours a per-outcome link and label", () => {
    const outcome = { ...alpha!, booking: { url: "https://other.example/form?src=quiz", label: "Call me back" } };
    expect(bookingLink({ ...rules.booking, param: "service" }, outcome)).toEqual({
      href: "https://other.example/form?src=quiz&service=alpha",
      label: "Call me back",
    });
  });
});

describe("answered questions", () => {
  it("lists each question asked with the labels chosen, in order, leaving out questions the rules don't have", () => {
    const log = [
      { question: "first", options: ["b"] },
      { question: "gone", options: ["a"] },
      { question: "distress", options: ["fear", "worry"] },
    ];
    expect(answeredQuestions(tiny, log)).toEqual([
      { question: "first", text: "First?", answers: ["B"] },
      { question: "distress", text: "Which apply?", answers: ["Fear", "Worry"] },
    ]);
  });

  it("shows an option the rules no longer have by its id, rather than dropping it", () => {
    expect(answeredQuestions(tiny, [{ question: "distress", options: ["worry", "renamed"] }])).toEqual([
      { question: "distress", text: "Which apply?", answers: ["Worry", "renamed"] },
    ]);
  });
});
