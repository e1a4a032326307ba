/**
 * Honest progress on every way through the default rules: the number goes up by one
 * per answer, the "of up to" total never grows, and it is never less than the
 * questions the visitor actually ends up answering.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { explorePaths, type PathReport } from "../../../src/engine/paths.ts";
import { progressOf } from "../../../src/engine/progress.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
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
