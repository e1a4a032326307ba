/**
 * The path walk treats two point or score totals as one when `pointKeyer` and
 * `scoreKeyer` give them the same keys. On generated rule sets: any two ways of
 * reaching a question that differ only in totals (and in answers no condition reads,
 * other than the red flag deciding) and get the same keys have the same ways on —
 * the same questions after, and the same results for the same answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/engine/answers.ts";
import { relevanceOf } from "../../../src/engine/relevance.ts";
import { targetAfter } from "../../../src/engine/route.ts";
import { encode, plus, pointKeyer, scoreKeyer, type Totals } from "../../../src/engine/totals.ts";
import { buildModel, type QuizModel } from "../../../src/rules/model.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";
import { bruteForce, checked, deciderOf, namedOptions, signature } from "./brute-force.ts";
import { checkedRules, pointsRaces, uncheckedRules } from "./random-rules.ts";

function expectSameKeySameFuture(model: QuizModel) {
  const pointKey = pointKeyer(model);
  const scoreKey = scoreKeyer(model, relevanceOf(model).scores);
  const named = namedOptions(model.rules);
  const read = (a: Answer) => model.questions.get(a.question)?.options.some((o) => named.has(`${a.question}/${o.id}`));
  const chosen = (log: readonly Answer[]) => log.flatMap((a) => a.options.map((id) => model.options.get(a.question)!.get(id)!));
  const futures = new Map<string, { group: string; ways: Set<string> }>();
  for (const path of bruteForce(model).paths) {
    for (let k = 0; k <= path.answers.length; k++) {
      const before = path.answers.slice(0, k);
      const id = JSON.stringify(before);
      if (!futures.has(id)) {
        const options = chosen(before);
        const total = (pick: (o: (typeof options)[number]) => Record<string, number> | undefined) =>
          options.reduce<Totals>((sum, o) => plus(sum, Object.entries(pick(o) ?? {})), new Map());
        const target = targetAfter(model, before);
        const group = JSON.stringify({
          target,
          asked: before.map((a) => (read(a) ? a : [a.question, deciderOf(model, a)])),
          clearance: options.some((o) => o.clearance === true),
          points: pointKey(target, total((o) => o.points)),
          scores: scoreKey(target, total((o) => o.scores)),
        });
        futures.set(id, { group, ways: new Set() });
      }
      const after = path.answers.slice(k);
      futures.get(id)!.ways.add(`${JSON.stringify(after)} ⇒ ${signature({ ...path, answers: after })}`);
    }
  }
  const byGroup = new Map<string, string>();
  for (const { group, ways } of futures.values()) {
    const seen = [...ways].sort().join("\n");
    expect(byGroup.get(group) ?? seen, group).toBe(seen);
    byGroup.set(group, seen);
  }
}

/**
 * A head start for alpha ("first"), then a multiple-choice question where beta can
 * gain 2 and alpha lose 1, then an adjustment worth 1 more to beta.
 */
function race(): Rules {
  const rules = tinyRules();
  rules.questions[0] = { ...rules.questions[0]!, branches: [], next: "distress" };
  rules.questions[1]!.options = [
    { id: "x", label: "X", points: { beta: 1 } },
    { id: "y", label: "Y", points: { beta: 1 } },
    { id: "z", label: "Z", points: { alpha: -1 } },
  ];
  rules.decision = { ...rules.decision, adjustments: [{ when: { question: "distress", includes: "x" }, points: { beta: 1 }, reason: "X" }] };
  return rules;
}

const lead = (alpha: number, beta = 0) => new Map([["alpha", alpha], ["beta", beta]]);

describe("totals as text", () => {
  it("are the same whatever order the totals were added in, and a zero is the same as nothing", () => {
    expect(encode(new Map([["c", 3], ["b", -2], ["a", 1]]))).toBe("a=1,b=-2,c=3");
    expect(encode(new Map([["a", 1], ["c", 3], ["b", -2], ["d", 0]]))).toBe("a=1,b=-2,c=3");
    expect(encode(new Map([["d", 0]]))).toBe("");
    // Ids may start with a digit: "a=11" then "b=2" must not read as "a=1" then "1b=2".
    expect(encode(new Map([["a", 11], ["b", 2]]))).not.toBe(encode(new Map([["a", 1], ["1b", 2]])));
  });
});

/** q0, then q1 (single: x branches to q2, y goes there too), then q2, where either answer adds 2 to "total". */
function alwaysAdds(): Rules {
  const rules = tinyRules();
  rules.start = "q0";
  rules.questions = [
    { id: "q0", type: "single", text: "Q0?", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }], next: "q1" },
    { id: "q1", type: "single", text: "Q1?", options: [{ id: "x", label: "X" }, { id: "y", label: "Y" }], branches: [{ when: { question: "q1", equals: "x" }, goTo: "q2" }], next: "q2" },
    { id: "q2", type: "single", text: "Q2?", options: [{ id: "p", label: "P", scores: { total: 2 } }, { id: "q", label: "Q", scores: { total: 2 } }], next: "result" },
  ];
  rules.scores = [{ id: "total", label: "Total" }];
  rules.decision = { tieBreak: ["alpha", "beta"] };
  return rules;
}

describe("keys that forget what can no longer matter", () => {
  const total = (n: number) => new Map([["total", n]]);

  it("count what every way on is sure to add: one answer of a single-choice question, not all of them", () => {
    const keyOf = scoreKeyer(buildModel(alwaysAdds()), new Map([["total", [1]]]));
    // From q0, q1 or q2 on, "total" gains exactly 2: any total is then above 1.
    expect(keyOf("q0", total(0))).toBe(keyOf("q0", total(5)));
    expect(keyOf("q1", total(0))).toBe(keyOf("q1", total(5)));
    expect(keyOf("q2", total(0))).toBe(keyOf("q2", total(5)));
    expect(keyOf("q2", total(-1))).not.toBe(keyOf("q2", total(5)));
    expect(keyOf("result", total(0))).not.toBe(keyOf("result", total(5)));
  });

  it("keep every score's exact value while it can still fall on either side, without running values together", () => {
    const rules = tinyRules();
    const keyOf = scoreKeyer(buildModel(rules), new Map([["total", [0, 100]], ["distress", [0, 100]]]));
    expect(keyOf("result", new Map([["total", 1], ["distress", 23]]))).not.toBe(keyOf("result", new Map([["total", 12], ["distress", 3]])));
  });

  it("never call a score settled where a loop could move it either way (rules the checker rejects)", () => {
    const looped = tinyRules();
    looped.questions[1]!.next = "distress";
    const keyOf = scoreKeyer(buildModel(looped), new Map([["total", [3]]]));
    expect(keyOf("distress", total(0))).not.toBe(keyOf("distress", total(1)));
    expect(keyOf("distress", total(10))).not.toBe(keyOf("distress", total(11)));
  });

  it("keep exact gaps where a loop could close any gap, without running gaps together", () => {
    const looped = race();
    looped.questions[1]!.next = "distress";
    const keyOf = pointKeyer(buildModel(looped));
    // Gaps alpha−beta, alpha−urgent, beta−urgent: (−11, 0, 11) and (−1, 10, 11) read alike if run together.
    expect(keyOf("distress", lead(0, 11))).not.toBe(keyOf("distress", lead(10, 11)));
  });

  it("work in a file with no decision block, and count outcomes only adjustments give points to", () => {
    const plain = race();
    delete plain.decision;
    expect(pointKeyer(buildModel(plain))("result", lead(1))).toBe(pointKeyer(buildModel(plain))("result", lead(2)));
    const adjusted = race();
    adjusted.outcomes.push({ ...adjusted.outcomes[1]!, id: "gamma" });
    adjusted.decision!.adjustments = [{ when: { question: "distress", includes: "x" }, points: { gamma: 3 }, reason: "X" }];
    const keyOf = pointKeyer(buildModel(adjusted));
    expect(keyOf("result", new Map([["alpha", 1], ["gamma", 0]]))).not.toBe(keyOf("result", new Map([["alpha", 1], ["gamma", 5]])));
  });

  it("compare every pair of outcomes that can get points, and no others, when each can", () => {
    const rules = tinyRules();
    rules.outcomes = rules.outcomes.filter((o) => o.kind === "care");
    rules.questions[0]!.options.pop();
    rules.decision = { tieBreak: ["alpha", "beta"], adjustments: [] };
    const keyOf = pointKeyer(buildModel(rules));
    // Nothing left to come: alpha ahead is alpha ahead, by any margin.
    expect(keyOf("result", lead(1, 0))).toBe(keyOf("result", lead(2, 1)));
  });
});

describe("point keys", () => {
  it("keep a gap that the answers still to come could close, and only then", () => {
    const keyOf = pointKeyer(buildModel(race()));
    // Beta can gain nothing for sure on "distress" (its answers may tick none of its gains): a tie stays a tie, not a lead.
    expect(keyOf("distress", lead(0, 0))).not.toBe(keyOf("distress", lead(0, 5)));
    // An answer that also costs beta a point doesn't stop it ticking every gain: a lead of 4 can still be caught.
    const mixed = race();
    mixed.questions[1]!.options[2]!.points = { alpha: -1, beta: -1 };
    const mixedKey = pointKeyer(buildModel(mixed));
    expect(mixedKey("distress", lead(4))).not.toBe(mixedKey("distress", lead(9)));
    // …and beta, which may now lose a point, can still be caught from 1 ahead.
    expect(mixedKey("distress", lead(2, 3))).not.toBe(mixedKey("distress", lead(2, 9)));
    // Before "distress" beta can gain 3 and alpha lose 1: a lead of 4 can be caught, 5 can't.
    expect(keyOf("distress", lead(4))).not.toBe(keyOf("distress", lead(5)));
    expect(keyOf("distress", lead(5))).toBe(keyOf("distress", lead(9)));
    // Alpha can't gain, beta can't lose: any lead for beta is final.
    expect(keyOf("distress", lead(0, 1))).toBe(keyOf("distress", lead(0, 7)));
    expect(keyOf("distress", lead(0, 1))).not.toBe(keyOf("distress", lead(0, 0)));
    // At the result only the adjustment is left to come.
    expect(keyOf("result", lead(1))).not.toBe(keyOf("result", lead(2)));
    expect(keyOf("result", lead(2))).toBe(keyOf("result", lead(3)));
  });

  it("keep how each outcome stands against one that no answer gives points to", () => {
    const rules = tinyRules();
    rules.questions[0]!.options[1]!.points = {};
    rules.decision = { ...rules.decision, adjustments: [] };
    const keyOf = pointKeyer(buildModel(rules));
    expect(keyOf("result", new Map([["alpha", 1]]))).not.toBe(keyOf("result", new Map([["alpha", -1]])));
  });

  it("follow every way on, even a red flag that leads to a question or a loop (rules the checker rejects)", () => {
    const flagged = race();
    flagged.questions[0] = { ...flagged.questions[0]!, next: "result" };
    flagged.questions[0].options[2]!.redFlag = "distress";
    // Through the flag beta can gain 3 after "first" (which gives alpha or beta 1).
    expect(pointKeyer(buildModel(flagged))("first", lead(5))).not.toBe(pointKeyer(buildModel(flagged))("first", lead(6)));
    const looped = race();
    looped.questions[1]!.next = "distress";
    const keyOf = pointKeyer(buildModel(looped));
    expect(keyOf("distress", lead(100))).not.toBe(keyOf("distress", lead(101)));
  });

  it("keep a score's value while the answers still to come could move it across a threshold", () => {
    // The tiny quiz's "distress" adds up to 4 to "total"; an adjustment needs a total of 3.
    const keyOf = scoreKeyer(buildModel(tinyRules()), new Map([["total", [3]]]));
    const total = (n: number) => new Map([["total", n]]);
    expect(keyOf("distress", total(0))).not.toBe(keyOf("distress", total(1)));
    expect(keyOf("distress", total(4))).toBe(keyOf("distress", total(7)));
    expect(keyOf("result", total(2))).toBe(keyOf("result", total(0)));
    expect(keyOf("result", total(3))).not.toBe(keyOf("result", total(2)));
    expect(keyOf("result", total(3))).not.toBe(keyOf("result", total(4)));
    expect(keyOf("result", total(4))).toBe(keyOf("result", total(9)));
  });
});

describe("point and score keys", () => {
  it("merge only totals with the same futures, in rules the checker accepts", () => {
    fc.assert(fc.property(checkedRules.map(checked), expectSameKeySameFuture), { numRuns: 100 });
  });

  it("do the same in points races, where results turn on fine differences", () => {
    fc.assert(fc.property(pointsRaces.map(checked), expectSameKeySameFuture), { numRuns: 100 });
  });

  it("do the same in rules with loops, where points can grow without end", () => {
    fc.assert(fc.property(uncheckedRules.map(buildModel), expectSameKeySameFuture), { numRuns: 100 });
  });
});
