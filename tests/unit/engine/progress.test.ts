/**
 * Honest progress on every way through the default rules: the number goes up by one
 * per answer, the "of up to" total never grows, and it is never less than the
 * questions the visitor actually ends up answering.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { explorePaths, type PathReport } from "../../../src/engine/paths.ts";
import { progressOf } from "../../../src/engine/progress.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import type { Branch, Condition, Option, Question, Rules } from "../../../src/rules/schema.ts";
import { defaultModel, uncheckedModel } from "../helpers.ts";
import { cleanRules } from "../fixtures.ts";

describe("progress on every path of the default rules", () => {
  // Walked before each test, not as the file loads, so mutation testing can tell which tests read it.
  let model: QuizModel;
  let report: PathReport;
  beforeEach(() => {
    model = defaultModel();
    report = explorePaths(model);
  });

  it("never shows the total growing, the fraction falling, or a total below the real length", () => {
    const { paths, truncated } = report;
    expect(truncated).toBe(false);
    expect(paths.length).toBeGreaterThan(1000);
    const faults: string[] = [];
    for (const path of paths) {
      let previous = Number.POSITIVE_INFINITY;
      path.answers.forEach((_, i) => {
        const { number, mostTotal } = progressOf(model, path.answers.slice(0, i));
        const where = `${path.answers.slice(0, i).map((a) => `${a.question}=${a.options.join("+")}`).join(", ")}`;
        if (number !== i + 1) faults.push(`number ${number} at step ${i + 1}: ${where}`);
        if (mostTotal > previous) faults.push(`total grew ${previous} → ${mostTotal}: ${where}`);
        if (mostTotal < path.answers.length) faults.push(`total ${mostTotal} below the ${path.answers.length} asked: ${where}`);
        previous = mostTotal;
      });
    }
    expect(faults.slice(0, 5)).toEqual([]);
  });

  it("is tight at the start: the first total is the longest path's length", () => {
    const longest = Math.max(...report.paths.map((p) => p.answers.length));
    expect(progressOf(model, []).mostTotal).toBe(longest);
  });
});

describe("progress where a branch turns on a score", () => {
  // first and second each add to "worry"; a worry of 2 or more adds a third question.
  const rules = cleanRules();
  rules.scores = [{ id: "worry", label: "Worry" }];
  rules.decision = { tieBreak: ["alpha", "beta"] };
  rules.questions = [
    { id: "first", type: "single", text: "First?", options: [{ id: "yes", label: "Yes", scores: { worry: 1 } }, { id: "no", label: "No" }], next: "second" },
    {
      id: "second", type: "single", text: "Second?", options: [{ id: "yes", label: "Yes", scores: { worry: 1 } }, { id: "no", label: "No" }],
      branches: [{ when: { score: "worry", atLeast: 2 }, goTo: "third" }], next: "result",
    },
    { id: "third", type: "single", text: "Third?", options: [{ id: "a", label: "A", points: { alpha: 1 }, reason: "A" }, { id: "b", label: "B", points: { beta: 1 }, reason: "B" }], next: "result" },
  ];
  const model = uncheckedModel(rules);

  it("counts the question a score may still add, and drops it once the score is settled and too low", () => {
    expect(progressOf(model, [])).toEqual({ number: 1, mostTotal: 3 });
    // "No" to the first makes 2 impossible, but the score is only judged once nothing can change it.
    expect(progressOf(model, [{ question: "first", options: ["no"] }])).toEqual({ number: 2, mostTotal: 3 });
    const both = [{ question: "first", options: ["yes"] }, { question: "second", options: ["yes"] }];
    expect(progressOf(model, both)).toEqual({ number: 3, mostTotal: 3 });
  });
});

/**
 * How far the bound looks ahead depends on which branches may still fire: true,
 * false or not yet known from the answers so far. "pick" (a adds 1 to score t, b adds
 * 2, c nothing) comes first, then "gate", whose branches read a condition and lead to
 * a short way on (one question) or a long one (three). "elsewhere", never asked, adds
 * to score u, so u is never settled.
 */
describe("progress where branches may or may not fire", () => {
  const single = (id: string, next: string, options: Option[] = [{ id: "ok", label: "OK" }]): Question =>
    ({ id, type: "single", text: `${id}?`, options, next });
  function gated(branches: Branch[], next: string, edit: (rules: Rules) => void = () => {}): QuizModel {
    const rules = cleanRules();
    rules.start = "pick";
    rules.scores = [{ id: "t", label: "T" }, { id: "u", label: "U" }];
    rules.decision = { tieBreak: ["alpha", "beta"] };
    rules.questions = [
      {
        id: "pick", type: "multiple", text: "Pick?", next: "gate",
        options: [{ id: "a", label: "A", scores: { t: 1 } }, { id: "b", label: "B", scores: { t: 2 } }, { id: "c", label: "C" }],
      },
      { ...single("gate", next, [{ id: "go", label: "Go" }]), branches },
      single("s1", "result"),
      single("l1", "l2"), single("l2", "l3"), single("l3", "result"),
      single("elsewhere", "result", [{ id: "x", label: "X", scores: { u: 1 } }, { id: "y", label: "Y" }]),
    ];
    edit(rules);
    return uncheckedModel(rules);
  }
  const picked = (...options: string[]) => [{ question: "pick", options }];

  /** What the bound makes of a condition at "gate": a branch to the short way wins only if it surely fires, and one to the long way is left out only if it surely doesn't. */
  function verdict(when: Condition, ...options: string[]): boolean | undefined {
    const shortIfTrue = progressOf(gated([{ when, goTo: "s1" }], "l1"), picked(...options)).mostTotal;
    const longUnlessFalse = progressOf(gated([{ when, goTo: "l1" }], "s1"), picked(...options)).mostTotal;
    // pick, gate, then one question or three.
    expect([shortIfTrue, longUnlessFalse].every((n) => n === 3 || n === 5)).toBe(true);
    if (shortIfTrue === 3) return true;
    return longUnlessFalse === 3 ? false : undefined;
  }

  const T: Condition = { question: "pick", includes: "a" };
  const F: Condition = { question: "pick", includes: "b" };
  const U: Condition = { question: "gate", includes: "go" };

  it("judges an answered question's tests, and leaves one not yet asked open", () => {
    expect(verdict(T, "a")).toBe(true);
    expect(verdict(F, "a")).toBe(false);
    expect(verdict(U, "a")).toBeUndefined();
    expect(verdict({ question: "pick", equals: "a" }, "a")).toBe(true);
    expect(verdict({ question: "pick", equals: "a" }, "a", "b")).toBe(false);
    expect(verdict({ question: "pick", equals: "b" }, "a")).toBe(false);
    expect(verdict({ question: "gate", equals: "go" }, "a")).toBeUndefined();
  });

  it("judges a score once no question still to come can change it", () => {
    expect(verdict({ score: "t", atLeast: 3 }, "a", "b")).toBe(true);
    expect(verdict({ score: "t", atLeast: 3 }, "b")).toBe(false);
    expect(verdict({ score: "t", atMost: 1 }, "a")).toBe(true);
    expect(verdict({ score: "t", atMost: 1 }, "b")).toBe(false);
    expect(verdict({ score: "t", atLeast: 1, atMost: 2 }, "b")).toBe(true);
    expect(verdict({ score: "t", atLeast: 1, atMost: 2 }, "a", "b")).toBe(false);
    expect(verdict({ score: "t", atLeast: 1, atMost: 2 }, "c")).toBe(false);
    expect(verdict({ score: "t", atMost: 0 }, "c")).toBe(true);
    expect(verdict({ score: "t" }, "c")).toBe(true);
    // "elsewhere" was never answered, so u may still grow.
    expect(verdict({ score: "u", atMost: 5 }, "a")).toBeUndefined();
  });

  it("combines verdicts in three-valued logic", () => {
    expect(verdict({ all: [T, T] }, "a")).toBe(true);
    expect(verdict({ all: [] }, "a")).toBe(true);
    expect(verdict({ all: [T, U] }, "a")).toBeUndefined();
    expect(verdict({ all: [U, F] }, "a")).toBe(false);
    expect(verdict({ any: [F, F] }, "a")).toBe(false);
    expect(verdict({ any: [] }, "a")).toBe(false);
    expect(verdict({ any: [F, U] }, "a")).toBeUndefined();
    expect(verdict({ any: [U, T] }, "a")).toBe(true);
    expect(verdict({ not: T }, "a")).toBe(false);
    expect(verdict({ not: F }, "a")).toBe(true);
    expect(verdict({ not: U }, "a")).toBeUndefined();
  });

  it("follows branches in order: past those that surely don't fire, up to the first that surely does", () => {
    const model = gated([{ when: F, goTo: "l1" }, { when: U, goTo: "s1" }, { when: T, goTo: "s1" }, { when: U, goTo: "l1" }], "l1");
    expect(progressOf(model, picked("a"))).toEqual({ number: 2, mostTotal: 3 });
    // With "b" chosen the first branch may fire after all.
    expect(progressOf(model, picked("b"))).toEqual({ number: 2, mostTotal: 5 });
  });

  it("never counts a question twice: not one already answered, nor one a loop comes back to", () => {
    expect(progressOf(gated([], "pick"), picked("a")).mostTotal).toBe(2);
    const looped = gated([], "l1", (r) => { r.questions.find((q) => q.id === "l2")!.next = "l1"; });
    expect(progressOf(looped, picked("a")).mostTotal).toBe(4);
  });

  it("counts what was answered, and nothing more, once the visit is over", () => {
    const model = gated([], "s1");
    const done = [...picked("a"), { question: "gate", options: ["go"] }, { question: "s1", options: ["ok"] }];
    expect(progressOf(model, done)).toEqual({ number: 3, mostTotal: 3 });
    expect(progressOf(model, done.slice(0, 2))).toEqual({ number: 3, mostTotal: 3 });
  });
});
