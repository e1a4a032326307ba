/**
 * What the rest of a visit can read of the answers (src/engine/relevance.ts): every
 * condition in the rules wherever it lives, found by its shape, which questions and
 * options they name, and the thresholds each score is compared with.
 */
import { describe, expect, it } from "vitest";
import { relevanceOf } from "../../../src/engine/relevance.ts";
import { buildModel } from "../../../src/rules/model.ts";
import type { Condition, Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

const fear: Condition = { question: "distress", includes: "fear" };
const notLeg: Condition = { not: { question: "distress", equals: "leg" } };
const aOrCalm: Condition = { any: [{ question: "first", includes: "a" }, { score: "distress", atMost: 1 }] };
const firstB: Condition = { question: "first", equals: "b" };
const adjustment: Condition = { all: [{ score: "total", atLeast: 3 }, { score: "distress", atLeast: 3 }] };

/** The clean tiny quiz with a condition in every place conditions live. */
function everywhere(): Rules {
  const rules = cleanRules();
  rules.questions[1]!.branches = [{ when: notLeg, goTo: "result" }];
  rules.decision!.outcomeRules = [{ when: aOrCalm, outcome: "alpha" }];
  rules.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Also" }, { primary: "beta", secondary: "alpha", text: "Also", when: fear }];
  rules.coverage = { screens: [{ question: "first", label: "First", covers: [{ label: "Everyone" }, { label: "Some", when: firstB }] }] };
  return rules;
}

describe("relevance", () => {
  it("finds every condition in the rules, whole, in the order they are written, then those watched", () => {
    const watched: Condition = { score: "total", atMost: 0 };
    const { conditions } = relevanceOf(buildModel(everywhere()), [watched]);
    expect(conditions).toEqual([firstB, notLeg, adjustment, aOrCalm, fear, firstB, watched]);
    expect(relevanceOf(buildModel(everywhere())).conditions).toHaveLength(6);
  });

  it("says which conditions read each question, and the options they name", () => {
    const { readers } = relevanceOf(buildModel(everywhere()));
    expect(readers).toEqual(new Map([
      ["first", { conditions: [0, 3, 5], options: new Set(["b", "a"]) }],
      ["distress", { conditions: [1, 4], options: new Set(["leg", "fear"]) }],
    ]));
  });

  it("lists the thresholds each score is compared with", () => {
    const { scores } = relevanceOf(buildModel(everywhere()), [{ score: "total", atLeast: 1, atMost: 2 }, { score: "other" }]);
    expect(scores).toEqual(new Map([["total", [3, 1, 2]], ["distress", [3, 1]], ["other", []]]));
  });

  it("counts a condition in a place it doesn't know, and nothing that only looks a little like one", () => {
    const rules = everywhere() as Rules & Record<string, unknown>;
    rules["future"] = [
      { rule: { question: "first", includes: "flag" } },
      { question: "first", label: "a screen, not a test" },
      { equals: "b", label: "an option, but of no question" },
      { not: null, all: "no", any: 3, score: 4 },
    ];
    const { conditions, readers } = relevanceOf(buildModel(rules));
    expect(conditions.at(-1)).toEqual({ question: "first", includes: "flag" });
    expect(conditions).toHaveLength(7);
    expect(readers.get("first")?.options).toEqual(new Set(["b", "a", "flag"]));
  });
});
