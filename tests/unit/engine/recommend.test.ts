/**
 * How `recommend` (src/engine/outcome.ts) decides, one rule at a time, on the clean
 * tiny quiz: points and ties, the answers and adjustments that explain a result,
 * outcome rules and their notes, branches that name an outcome, red flags, the
 * doctor-first note and secondary suggestions.
 *
 * "first" is single choice: a (alpha +1), b (beta +1, then "distress"), flag (urgent).
 * Here "distress" (multiple choice) gives: worry alpha +1, fear beta +2, gloom nothing
 * (0 points, a neutral answer with a reason), leg alpha −1, none nothing and no reason.
 */
import { describe, expect, it } from "vitest";
import { recommend } from "../../../src/engine/outcome.ts";
import { buildModel } from "../../../src/rules/model.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

function quiz(edit: (r: Rules) => void = () => {}): Rules {
  const rules = cleanRules();
  const [worry, fear, gloom, leg, none] = rules.questions[1]!.options;
  rules.questions[1]!.options = [
    { ...worry!, points: { alpha: 1 }, reason: "Worry" },
    { ...fear!, points: { beta: 2 }, reason: "Fear" },
    { ...gloom!, points: { alpha: 0 }, reason: "Gloom" },
    { ...leg!, points: { alpha: -1 }, reason: "Leg" },
    none!,
  ];
  rules.decision = { tieBreak: ["alpha", "beta"] };
  edit(rules);
  return rules;
}

const afterB = (...distress: string[]) => [{ question: "first", options: ["b"] }, { question: "distress", options: distress }];
const result = (rules: Rules, log: { question: string; options: string[] }[]) => recommend(buildModel(rules), log);
const texts = (rules: Rules, log: { question: string; options: string[] }[]) => result(rules, log)?.reasons.map((r) => r.text);

describe("recommend by points", () => {
  it("picks the most points, a tie going to the outcome listed first in the tie-break order", () => {
    expect(result(quiz(), afterB("worry", "gloom"))).toMatchObject({ outcome: { id: "alpha" }, urgent: false, points: new Map([["alpha", 1], ["beta", 1]]) });
    expect(result(quiz((r) => { r.decision!.tieBreak = ["beta", "alpha"]; }), afterB("worry", "gloom"))?.outcome.id).toBe("beta");
    expect(result(quiz(), afterB("fear", "leg"))).toMatchObject({ outcome: { id: "beta" }, points: new Map([["alpha", -1], ["beta", 3]]) });
    expect(result(quiz(), afterB("none"))).toMatchObject({ outcome: { id: "beta" }, points: new Map([["alpha", 0], ["beta", 1]]) });
  });

  it("explains with the answers that gave the winner points and the neutral ones, not those that counted elsewhere or against it", () => {
    expect(texts(quiz(), afterB("worry", "gloom"))).toEqual(["Worry", "Gloom"]);
    expect(texts(quiz((r) => { r.decision!.tieBreak = ["beta", "alpha"]; }), afterB("worry", "gloom"))).toEqual(["B", "Gloom"]);
    expect(texts(quiz(), afterB("fear", "leg"))).toEqual(["B", "Fear"]);
    expect(result(quiz(), afterB("worry"))?.reasons).toEqual([{ question: "distress", source: "worry", text: "Worry" }]);
  });

  it("adds the points of adjustments whose condition holds, explaining with those that helped the winner", () => {
    const adjusted = quiz((r) => {
      r.decision!.adjustments = [
        { when: { question: "first", equals: "a" }, points: { beta: 5 }, reason: "Adjusted for a" },
        { when: { question: "distress", includes: "worry" }, points: { alpha: 2 }, reason: "Adjusted for worry" },
        { when: { question: "distress", includes: "worry" }, points: { beta: 1, alpha: -1 }, reason: "Adjusted against" },
        { when: { question: "distress", includes: "worry" }, points: { beta: 0 }, reason: "Adjusted by nothing" },
      ];
    });
    // alpha 1 + 2 − 1 = 2 and beta 1 + 1 = 2: a tie, to alpha.
    const adjustedResult = result(adjusted, afterB("worry"));
    expect(adjustedResult).toMatchObject({ outcome: { id: "alpha" }, points: new Map([["alpha", 2], ["beta", 2]]) });
    expect(adjustedResult?.reasons).toEqual([
      { question: "distress", source: "worry", text: "Worry" },
      { question: "", source: "adjustment-1", text: "Adjusted for worry" },
    ]);
  });

  it("decides by points alone in a file with no decision block", () => {
    const plain = quiz((r) => { delete r.decision; });
    expect(result(plain, afterB("fear"))?.outcome.id).toBe("beta");
    expect(texts(plain, afterB("fear"))).toEqual(["B", "Fear"]);
    expect(result(plain, afterB("fear"))).not.toHaveProperty("secondary");
  });

  it("decides from no answers at all when the quiz starts at a result", () => {
    expect(result(quiz((r) => { r.start = "result"; }), [])).toMatchObject({ outcome: { id: "alpha" }, reasons: [], points: new Map([["alpha", 0], ["beta", 0]]) });
    expect(result(quiz((r) => { r.start = "beta"; }), [])?.outcome.id).toBe("beta");
  });

  it("gives nothing while a question remains, or when the rules name no outcome to give", () => {
    expect(result(quiz(), [{ question: "first", options: ["b"] }])).toBeNull();
    expect(result(quiz((r) => { r.decision!.outcomeRules = [{ when: { all: [] }, outcome: "gone" }]; }), afterB("worry"))).toBeNull();
    expect(result(quiz((r) => { r.decision!.tieBreak = []; }), afterB("worry"))).toBeNull();
  });
});

describe("recommend by rule", () => {
  const ruled = (edit: (r: Rules) => void = () => {}) => quiz((r) => {
    r.decision!.outcomeRules = [
      { when: { question: "distress", includes: "leg" }, outcome: "urgent" },
      { when: { question: "distress", includes: "worry" }, outcome: "beta", note: "Worry goes to beta." },
      { when: { question: "distress", includes: "fear" }, outcome: "alpha" },
    ];
    edit(r);
  });

  it("follows the first outcome rule that holds, whatever the points, with its note if it has one", () => {
    expect(result(ruled(), afterB("worry", "fear"))).toMatchObject({ outcome: { id: "beta" }, note: "Worry goes to beta." });
    const fear = result(ruled(), afterB("fear"));
    expect(fear?.outcome.id).toBe("alpha");
    expect(fear).not.toHaveProperty("note");
    expect(fear?.reasons.map((r) => r.text)).toEqual([]);
    expect(result(ruled(), afterB("none"))?.outcome.id).toBe("beta");
  });

  it("takes an outcome a branch names over any rule, and without the rule's note", () => {
    const branched = ruled((r) => { r.questions[1]!.branches = [{ when: { question: "distress", includes: "worry" }, goTo: "alpha" }]; });
    const worried = result(branched, afterB("worry"));
    expect(worried?.outcome.id).toBe("alpha");
    expect(worried).not.toHaveProperty("note");
  });

  it("gives an urgent outcome a rule names as urgent, with no doctor-first note and no secondary suggestion", () => {
    const urgent = ruled((r) => {
      r.questions[1]!.options[3]!.clearance = true;
      r.decision!.secondary = [{ primary: "urgent", secondary: "alpha", text: "Also" }];
    });
    expect(result(urgent, afterB("leg"))).toMatchObject({ outcome: { id: "urgent" }, urgent: true, clearance: [] });
    expect(result(urgent, afterB("leg"))).not.toHaveProperty("secondary");
  });
});

describe("recommend after a red flag", () => {
  it("ends at the flag's outcome, explained by the flagged answers of the last question only", () => {
    const flagged = quiz((r) => {
      r.questions[0]!.options[1]!.redFlag = "distress";
      r.questions[1]!.options[1]!.redFlag = "urgent";
      r.questions[1]!.options[2]!.redFlag = "urgent";
    });
    const found = result(flagged, afterB("worry", "fear", "gloom"));
    expect(found).toMatchObject({ outcome: { id: "urgent" }, urgent: true, clearance: [], points: new Map() });
    expect(found?.reasons).toEqual([
      { question: "distress", source: "fear", text: "Fear" },
      { question: "distress", source: "gloom", text: "Gloom" },
    ]);
  });

  it("is not urgent when the flag leads to a care outcome, in rules the checker would refuse", () => {
    const toCare = quiz((r) => { r.questions[0]!.options[2]!.redFlag = "beta"; });
    expect(result(toCare, [{ question: "first", options: ["flag"] }])).toMatchObject({ outcome: { id: "beta" }, urgent: false });
  });

  it("decides from the answers when the flag leads nowhere, in rules the checker would refuse", () => {
    const nowhere = quiz((r) => { r.questions[0]!.options[2]!.redFlag = "nowhere"; });
    expect(result(nowhere, [{ question: "first", options: ["flag"] }])).toMatchObject({ outcome: { id: "alpha" }, urgent: false });
  });
});

describe("the doctor-first note and secondary suggestions", () => {
  it("list every answer that asks for the note, explaining a neutral one there rather than among the reasons", () => {
    const cleared = quiz((r) => {
      r.questions[1]!.options[0]!.clearance = true;
      r.questions[1]!.options[2]!.clearance = true;
    });
    const found = result(cleared, afterB("worry", "gloom"));
    expect(found?.outcome.id).toBe("alpha");
    expect(found?.reasons.map((r) => r.source)).toEqual(["worry"]);
    expect(found?.clearance).toEqual([
      { question: "distress", source: "worry", text: "Worry" },
      { question: "distress", source: "gloom", text: "Gloom" },
    ]);
    expect(result(quiz((r) => { r.questions[1]!.options[4]!.clearance = true; }), afterB("none"))?.clearance).toEqual([
      { question: "distress", source: "none", text: "None" },
    ]);
  });

  it("suggest the first secondary outcome for the winner whose condition holds", () => {
    const suggesting = quiz((r) => {
      r.decision!.secondary = [
        { primary: "beta", secondary: "alpha", text: "Not for beta" },
        { primary: "alpha", secondary: "beta", text: "Only with gloom", when: { question: "distress", includes: "gloom" } },
        { primary: "alpha", secondary: "gone", text: "Nowhere" },
      ];
    });
    expect(result(suggesting, afterB("worry", "gloom"))?.secondary).toEqual({ outcome: expect.objectContaining({ id: "beta" }), text: "Only with gloom" });
    // With gloom not chosen, the first that holds names an outcome there isn't: no suggestion.
    expect(result(suggesting, afterB("worry"))).not.toHaveProperty("secondary");
    const always = quiz((r) => { r.decision!.secondary = [{ primary: "alpha", secondary: "beta", text: "Always" }]; });
    expect(result(always, afterB("worry"))?.secondary?.text).toBe("Always");
  });
});
