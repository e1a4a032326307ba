/**
 * The facts conditions read (src/engine/facts.ts, src/engine/open-conditions.ts):
 * what was chosen and the score totals of an answer log, and the numbering of what is
 * still open of each condition that lets the path walk tell two visits apart.
 */
import { describe, expect, it } from "vitest";
import { factsOf } from "../../../src/engine/facts.ts";
import { OpenConditions } from "../../../src/engine/open-conditions.ts";
import { buildModel } from "../../../src/rules/model.ts";
import type { Condition } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";

describe("facts of an answer log", () => {
  it("hold each question's chosen options, and every score summed over the options chosen", () => {
    const facts = factsOf(buildModel(tinyRules()), [
      { question: "first", options: ["b"] },
      { question: "distress", options: ["worry", "leg"] },
    ]);
    expect(facts.answers).toEqual(new Map([["first", new Set(["b"])], ["distress", new Set(["worry", "leg"])]]));
    expect(facts.scores).toEqual(new Map([["total", 2], ["distress", 1]]));
  });

  it("keep what a log says of questions and options the rules don't have, adding nothing to the scores", () => {
    const facts = factsOf(buildModel(tinyRules()), [
      { question: "gone", options: ["x"] },
      { question: "distress", options: ["renamed", "fear"] },
    ]);
    expect(facts.answers).toEqual(new Map([["gone", new Set(["x"])], ["distress", new Set(["renamed", "fear"])]]));
    expect(facts.scores).toEqual(new Map([["total", 1], ["distress", 1]]));
  });
});

describe("open conditions", () => {
  const a: Condition = { question: "q", includes: "a" };
  const later: Condition = { question: "r", includes: "x" };
  const either: Condition = { any: [a, later] };

  it("number each distinct condition once, so equal ones compare equal", () => {
    const open = new OpenConditions([either, later, { any: [a, later] }]);
    expect(open.start).toEqual([0, 1, 0]);
  });

  it("settle only the conditions that read the question answered, numbering what is left", () => {
    const open = new OpenConditions([either, a, later]);
    // Settled by "q": either leaves "later" (already number 2), a becomes true.
    const afterA = open.after(open.start, [0, 1], "q", ["a"]);
    const afterB = open.after(open.start, [0, 1], "q", ["b"]);
    expect(afterA[0]).not.toBe(afterB[0]);
    expect(afterB[0]).toBe(2);
    expect(afterA[2]).toBe(2);
    // Not named as a reader, the first condition stays as it was.
    expect(open.after(open.start, [1], "q", ["a"])[0]).toBe(0);
    // The same answer settles to the same numbers, however often it is asked.
    expect(open.after(open.start, [0, 1], "q", ["a"])).toEqual(afterA);
    expect(open.after(open.start, [0, 1], "q", ["b", "c"])).toEqual(afterB);
    // Answers whose option ids run together ("a" + "bc", "ab" + "c") are not taken for each other.
    const ab = new OpenConditions([{ question: "q", includes: "ab" }]);
    const [holdsWith, failsWith] = [ab.after(ab.start, [0], "q", ["ab", "c"]), ab.after(ab.start, [0], "q", ["a", "bc"])];
    expect(holdsWith).not.toEqual(failsWith);
  });

  it("say how each open condition comes out at the end of a visit", () => {
    const open = new OpenConditions([either, a, later, { score: "s", atLeast: 2 }]);
    const facts = (q: string[], s: number) => ({ answers: new Map([["q", new Set(q)]]), scores: new Map([["s", s]]) });
    expect(open.verdicts(open.start, facts(["a"], 2))).toBe("1101");
    expect(open.verdicts(open.start, facts(["b"], 1))).toBe("0000");
    const settled = open.after(open.start, [0, 1], "q", ["a"]);
    expect(open.verdicts(settled, facts([], 0))).toBe("1100");
  });
});
