/**
 * Where a visit goes (src/engine/route.ts): which answers are accepted, which red flag
 * decides, where each answer leads, and how a saved log is replayed.
 */
import { describe, expect, it } from "vitest";
import { answerProblem, redFlagIn, replay, stepFor, targetAfter } from "../../../src/engine/route.ts";
import { buildModel } from "../../../src/rules/model.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";

const tiny = () => buildModel(tinyRules());

describe("answers", () => {
  const [single, multiple] = tinyRules().questions;

  it("are refused with a reason a visitor can act on", () => {
    expect(answerProblem(multiple!, [])).toBe("Choose an answer.");
    expect(answerProblem(multiple!, ["fear", "worry", "fear"])).toBe("An option was chosen twice.");
    expect(answerProblem(multiple!, ["fear", "nope"])).toBe("That answer is not one of the options.");
    expect(answerProblem(single!, ["a", "b"])).toBe("Choose only one answer.");
    expect(answerProblem(multiple!, ["fear", "none"])).toBe('"None" can\'t be combined with other answers.');
  });

  it("are accepted: one option, several on a multiple-choice question, an exclusive one alone", () => {
    expect(answerProblem(single!, ["b"])).toBeNull();
    expect(answerProblem(multiple!, ["worry", "fear", "gloom", "leg"])).toBeNull();
    expect(answerProblem(multiple!, ["none"])).toBeNull();
  });
});

describe("red flags", () => {
  /** "first" with three flags: to the less urgent "soon", the most urgent "urgent" (listed first), and one to a care outcome. */
  const flagged = () => {
    const rules = tinyRules();
    rules.outcomes.push({ ...rules.outcomes[0]!, id: "soon" });
    rules.questions[0]!.type = "multiple";
    rules.questions[0]!.options = [
      { id: "later", label: "Later", redFlag: "soon" },
      { id: "now", label: "Now", redFlag: "urgent" },
      { id: "odd", label: "Odd", redFlag: "alpha" },
      { id: "also-now", label: "Also now", redFlag: "urgent" },
      { id: "odd-too", label: "Odd too", redFlag: "beta" },
      { id: "calm", label: "Calm" },
    ];
    return buildModel(rules);
  };
  const flag = (...options: string[]) => redFlagIn(flagged(), { question: "first", options });

  it("decide by the most urgent chosen, in the order urgent outcomes are listed", () => {
    expect(flag("later", "now")).toBe("urgent");
    expect(flag("now", "later")).toBe("urgent");
    expect(flag("calm", "later")).toBe("soon");
  });

  it("count one that leads to anything but an urgent outcome as the least urgent", () => {
    expect(flag("odd", "later")).toBe("soon");
    expect(flag("later", "odd")).toBe("soon");
    expect(flag("odd")).toBe("alpha");
    // Equally urgent: the first chosen decides.
    expect(flag("odd", "odd-too")).toBe("alpha");
    expect(flag("odd-too", "odd")).toBe("beta");
  });

  it("are none when no option chosen has one, or the question isn't in the rules", () => {
    expect(flag("calm")).toBeUndefined();
    expect(flag("calm", "not-an-option")).toBeUndefined();
    expect(redFlagIn(flagged(), { question: "gone", options: ["now"] })).toBeUndefined();
  });
});

describe("where an answer leads", () => {
  it("starts at the start, and after an answer follows a red flag first, then the first branch that holds, then next", () => {
    const rules = tinyRules();
    rules.questions[0]!.branches = [
      { when: { question: "first", equals: "b" }, goTo: "distress" },
      { when: { any: [{ question: "first", equals: "b" }, { question: "first", equals: "a" }] }, goTo: "beta" },
    ];
    const model = buildModel(rules);
    expect(targetAfter(model, [])).toBe("first");
    expect(targetAfter(model, [{ question: "first", options: ["flag"] }])).toBe("urgent");
    expect(targetAfter(model, [{ question: "first", options: ["b"] }])).toBe("distress");
    expect(targetAfter(model, [{ question: "first", options: ["a"] }])).toBe("beta");
    expect(targetAfter(model, [{ question: "first", options: ["b"] }, { question: "distress", options: ["fear"] }])).toBe("result");
  });

  it("reads branches with everything answered so far, and decides after a question the rules don't have", () => {
    const rules = tinyRules();
    rules.questions[1]!.branches = [{ when: { question: "first", equals: "b" }, goTo: "alpha" }];
    const log = [{ question: "first", options: ["b"] }, { question: "distress", options: ["fear"] }];
    expect(targetAfter(buildModel(rules), log)).toBe("alpha");
    expect(targetAfter(buildModel(rules), [{ question: "gone", options: ["a"] }])).toBe("result");
  });

  it("is a question, an outcome, or a decision from points, which is also where a target the rules lack ends", () => {
    expect(stepFor(tiny(), "distress")).toEqual({ kind: "question", question: tinyRules().questions[1] });
    expect(stepFor(tiny(), "beta")).toEqual({ kind: "outcome", outcome: "beta" });
    expect(stepFor(tiny(), "result")).toEqual({ kind: "decide" });
    expect(stepFor(tiny(), "gone")).toEqual({ kind: "decide" });
    // Even where rules the checker refuses give a question that id.
    const reserved = tinyRules();
    reserved.questions[1]!.id = "result";
    expect(stepFor(buildModel(reserved), "result")).toEqual({ kind: "decide" });
  });
});

describe("replaying a saved log", () => {
  it("keeps every answer of a finished visit, and says where it ended", () => {
    const log = [{ question: "first", options: ["b"] }, { question: "distress", options: ["fear", "leg"] }];
    expect(replay(tiny(), log)).toEqual({ log, step: { kind: "decide" } });
    expect(replay(tiny(), [{ question: "first", options: ["flag"] }])).toEqual({
      log: [{ question: "first", options: ["flag"] }],
      step: { kind: "outcome", outcome: "urgent" },
    });
  });

  it("stops at the first answer that doesn't fit: past the end, to another question, or not a valid answer", () => {
    const first = { question: "first", options: ["a"] };
    expect(replay(tiny(), [first, { question: "distress", options: ["fear"] }])).toEqual({ log: [first], step: { kind: "decide" } });
    expect(replay(tiny(), [{ question: "distress", options: ["fear"] }, first]).log).toEqual([]);
    expect(replay(tiny(), [{ question: "first", options: ["a", "b"] }, first]).log).toEqual([]);
    expect(replay(tiny(), [])).toEqual({ log: [], step: { kind: "question", question: tinyRules().questions[0] } });
  });

  it("keeps its own copy of the answers, so later changes to the saved log don't reach it", () => {
    const saved = [{ question: "first", options: ["b"] }];
    const { log } = replay(tiny(), saved);
    saved[0]!.options.push("a");
    expect(log).toEqual([{ question: "first", options: ["b"] }]);
  });

  it("starts at a start that is not a question", () => {
    const rules: Rules = { ...tinyRules(), start: "alpha" };
    expect(replay(buildModel(rules), [{ question: "first", options: ["a"] }])).toEqual({ log: [], step: { kind: "outcome", outcome: "alpha" } });
  });
});
