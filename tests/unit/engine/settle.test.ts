/**
 * `settle` — what is left of a condition once one question is answered — agrees with
 * `holds` on generated conditions: the path walk relies on it to tell which answers
 * conditions can tell apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holds, settle } from "../../../src/engine/conditions.ts";
import { condition } from "./random-rules.ts";

describe("settle", () => {
  it("leaves what holds exactly when the whole condition does, for the answer it was given", () => {
    const options = (q: string) => fc.subarray([0, 1, 2].map((o) => `${q}-o${o}`));
    const conditions = condition([{ id: "q0", options: 3 }, { id: "q1", options: 3 }]);
    fc.assert(
      fc.property(conditions, options("q0"), options("q1"), fc.nat(4), fc.nat(4), (c, q0, q1, s0, s1) => {
        const facts = { answers: new Map([["q0", new Set(q0)], ["q1", new Set(q1)]]), scores: new Map([["s0", s0], ["s1", s1]]) };
        expect(holds(settle(c, "q0", new Set(q0)), facts)).toBe(holds(c, facts));
      }),
      { numRuns: 500 },
    );
  });

  const about = (question: string, includes: string) => ({ question, includes });
  it("decides as soon as it can, so conditions that come out the same compare equal", () => {
    expect(settle({ any: [about("q0", "a"), about("q1", "x")] }, "q0", new Set(["a"]))).toEqual({ all: [] });
    expect(settle({ all: [about("q0", "a"), about("q1", "x")] }, "q0", new Set(["b"]))).toEqual({ any: [] });
    expect(settle({ not: about("q0", "a") }, "q0", new Set(["a"]))).toEqual({ any: [] });
    expect(settle({ all: [about("q0", "a"), about("q1", "x")] }, "q0", new Set(["a"]))).toEqual(about("q1", "x"));
    expect(settle({ any: [about("q0", "a"), about("q1", "x")] }, "q0", new Set(["b"]))).toEqual(about("q1", "x"));
    expect(settle({ not: about("q0", "a") }, "q0", new Set(["b"]))).toEqual({ all: [] });
    expect(settle({ all: [about("q0", "a"), about("q0", "b")] }, "q0", new Set(["a", "b"]))).toEqual({ all: [] });
    expect(settle({ any: [about("q0", "a"), about("q0", "b")] }, "q0", new Set(["c"]))).toEqual({ any: [] });
  });

  it("keeps what is still open as it was, around the parts it decided", () => {
    const open = [about("q1", "x"), about("q1", "y")];
    const score = { score: "s0", atLeast: 2 };
    expect(settle({ all: [about("q0", "a"), ...open] }, "q0", new Set(["a"]))).toEqual({ all: open });
    expect(settle({ any: [about("q0", "a"), ...open] }, "q0", new Set(["b"]))).toEqual({ any: open });
    expect(settle({ not: about("q1", "x") }, "q0", new Set(["a"]))).toEqual({ not: about("q1", "x") });
    expect(settle({ not: { all: [about("q0", "a"), score] } }, "q0", new Set(["a"]))).toEqual({ not: score });
    expect(settle(score, "q0", new Set(["a"]))).toEqual(score);
    expect(settle({ question: "q0", equals: "a" }, "q0", new Set(["a", "b"]))).toEqual({ any: [] });
  });
});
