/** Small hand-made rule sets that isolate one engine feature each. */
import type { Rules } from "../../src/rules/schema.ts";

const outcome = (id: string, kind: "care" | "urgent" = "care") => ({
  id, kind, title: id, summary: `${id} summary`, explanation: [`${id} explained`],
});

/** Two yes/no questions worth points, plus a STarT Back-like score with a distress sub-score. */
export function tinyRules(): Rules {
  return {
    version: "t1",
    title: "Tiny",
    intro: { heading: "Tiny", paragraphs: ["Tiny quiz"] },
    start: "first",
    questions: [
      {
        id: "first", type: "single", text: "First?",
        options: [
          { id: "a", label: "A", points: { alpha: 1 } },
          { id: "b", label: "B", points: { beta: 1 } },
          { id: "flag", label: "Flag", redFlag: "urgent" },
        ],
        branches: [{ when: { question: "first", equals: "b" }, goTo: "distress" }],
        next: "result",
      },
      {
        id: "distress", type: "multiple", text: "Which apply?",
        options: [
          { id: "worry", label: "Worry", scores: { total: 1, distress: 1 } },
          { id: "fear", label: "Fear", scores: { total: 1, distress: 1 } },
          { id: "gloom", label: "Gloom", scores: { total: 1, distress: 1 } },
          { id: "leg", label: "Leg pain", scores: { total: 1 } },
          { id: "none", label: "None", exclusive: true },
        ],
        next: "result",
      },
    ],
    outcomes: [outcome("urgent", "urgent"), outcome("alpha"), outcome("beta")],
    scores: [{ id: "total", label: "Total" }, { id: "distress", label: "Distress" }],
    decision: {
      tieBreak: ["alpha", "beta"],
      adjustments: [
        { when: { all: [{ score: "total", atLeast: 3 }, { score: "distress", atLeast: 3 }] }, points: { alpha: 5 }, reason: "High distress" },
      ],
    },
    booking: { url: "https://clinic.example/book", label: "Book" },
    clearance: { title: "Check first", text: "Check with your doctor." },
    disclaimer: "Not medical advice.",
  };
}

/**
 * tinyRules completed to pass every check of the checker without a warning (an
 * action for the urgent outcome, reasons for answers that count, clinical reviews
 * dated today): the starting point for checker tests, so each shows only its own mistake.
 */
export function cleanRules(): Rules {
  const rules = tinyRules();
  const review = { by: "Test reviewer", on: new Date().toISOString().slice(0, 10) };
  rules.outcomes = rules.outcomes.map((o) => ({ ...o, review, ...(o.kind === "urgent" ? { action: { label: "Call 911", href: "tel:911" } } : {}) }));
  const first = rules.questions[0]!;
  rules.questions[0] = { ...first, review, options: first.options.map((o) => (o.points ? { ...o, reason: o.label } : o)) };
  return rules;
}
