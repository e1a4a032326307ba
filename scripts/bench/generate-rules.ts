/**
 * Generates a valid rule set of any size for benchmarks: a chain of questions in
 * which every fifth question branches on an earlier answer, with red flags,
 * scores and points spread through it — the shape of a real quiz, only longer.
 */
import type { Question, Rules } from "../../src/rules/schema.ts";

export function generateRules(size: number): Rules {
  const questions: Question[] = [];
  for (let i = 0; i < size; i++) {
    const next = i + 1 < size ? `q${i + 1}` : "result";
    const skip = i + 2 < size ? `q${i + 2}` : "result";
    questions.push({
      id: `q${i}`,
      type: i % 3 === 0 ? "multiple" : "single",
      text: `Question ${i}?`,
      options: [
        { id: "a", label: "A", points: { alpha: 1 }, scores: { total: 1 } },
        { id: "b", label: "B", points: { beta: 1 } },
        ...(i % 7 === 0 ? [{ id: "flag", label: "Warning sign", redFlag: "urgent" }] : []),
        ...(i % 3 === 0 ? [{ id: "none", label: "None of these", exclusive: true }] : []),
      ],
      ...(i % 5 === 4
        ? { branches: [{ when: { all: [{ question: `q${i - 1}`, includes: "a" }, { score: "total", atLeast: 2 }] }, goTo: skip }] }
        : {}),
      next,
    });
  }
  const outcome = (id: string, kind: "care" | "urgent") => ({ id, kind, title: id, summary: id, explanation: [id] });
  return {
    version: `bench-${size}`,
    title: "Bench",
    intro: { heading: "Bench", paragraphs: ["Bench"] },
    start: "q0",
    questions,
    outcomes: [outcome("urgent", "urgent"), outcome("alpha", "care"), outcome("beta", "care")],
    scores: [{ id: "total", label: "Total" }],
    decision: { tieBreak: ["alpha", "beta"] },
    booking: { url: "https://clinic.example/book", label: "Book" },
    clearance: { title: "Check", text: "Check first." },
    disclaimer: "Not medical advice.",
  };
}
