import { describe, expect, it } from "vitest";
import { eachTest, foldCondition, namedOptions } from "../../../src/rules/conditions-walk.ts";
import { LIMITS } from "../../../src/rules/limits.ts";
import type { Condition } from "../../../src/rules/schema.ts";

const nested = (levels: number): Condition => {
  let c: Condition = { question: "q", equals: "a" };
  for (let i = 1; i < levels; i++) c = i % 2 === 0 ? { not: c } : { all: [c] };
  return c;
};

const depthOf = (c: Condition): number =>
  foldCondition<undefined, number>(c, undefined, {
    all: (x, _, inner) => 1 + Math.max(0, ...x.all.map((p) => inner(p, undefined))),
    any: (x, _, inner) => 1 + Math.max(0, ...x.any.map((p) => inner(p, undefined))),
    not: (x, _, inner) => 1 + inner(x.not, undefined),
    question: () => 1,
    score: () => 1,
  });

describe("the condition walker", () => {
  it("walks trees as deep as the size check allows, and refuses one level more", () => {
    expect(depthOf(nested(LIMITS.conditionDepth))).toBe(LIMITS.conditionDepth);
    expect(() => depthOf(nested(LIMITS.conditionDepth + 1))).toThrow(`nested ${LIMITS.conditionDepth + 1} deep`);
  });

  it("visits every test in order, each with its path", () => {
    const seen: unknown[] = [];
    const c: Condition = { any: [{ not: { score: "s", atLeast: 2 } }, { all: [{ question: "q", includes: "b" }, { question: "r", equals: "c" }] }] };
    eachTest(c, ["when"], (test, path) => seen.push([path, test]));
    expect(seen).toEqual([
      [["when", "any", 0, "not"], { score: "s", atLeast: 2 }],
      [["when", "any", 1, "all", 0], { question: "q", includes: "b" }],
      [["when", "any", 1, "all", 1], { question: "r", equals: "c" }],
    ]);
  });

  it("lists the options a condition names, once each", () => {
    const c: Condition = { all: [{ question: "q", includes: "b" }, { any: [{ question: "q", equals: "b" }, { score: "s" }] }, { not: { question: "r", equals: "c" } }] };
    expect([...namedOptions(c)]).toEqual(["q/b", "r/c"]);
    expect([...namedOptions({ question: "x", equals: "y" }, new Set(["a/b"]))]).toEqual(["a/b", "x/y"]);
  });
});
