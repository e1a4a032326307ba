/**
 * The checked rules, indexed for the engine: lookups by id instead of array scans.
 * Built once per rules file; everything downstream reads this, never the raw JSON.
 */
import type { Option, Outcome, Question, Rules } from "./schema.ts";

export interface QuizModel {
  readonly rules: Rules;
  readonly questions: ReadonlyMap<string, Question>;
  readonly options: ReadonlyMap<string, ReadonlyMap<string, Option>>;
  readonly outcomes: ReadonlyMap<string, Outcome>;
  /** Urgent outcome ids, most urgent first (their order in the file). */
  readonly urgency: readonly string[];
  /** Care outcome ids in tie-break order: `decision.tieBreak`, or the order in the file. */
  readonly careOrder: readonly string[];
  /**
   * Set when the rules came without the texts only a care result shows (the build's
   * first-load file, result-texts.ts): where those are, and their file's SHA-256. Until they
   * are merged in, care outcomes lack `summary`, `explanation` and `whatToExpect`, and some
   * answers their `reason`; everything the questions and any urgent result need is there.
   */
  readonly resultTexts?: { readonly url: string; readonly sha256: string };
}

export function buildModel(rules: Rules): QuizModel {
  return {
    rules,
    questions: new Map(rules.questions.map((q) => [q.id, q])),
    options: new Map(rules.questions.map((q) => [q.id, new Map(q.options.map((o) => [o.id, o]))])),
    outcomes: new Map(rules.outcomes.map((o) => [o.id, o])),
    urgency: rules.outcomes.filter((o) => o.kind === "urgent").map((o) => o.id),
    careOrder: rules.decision?.tieBreak ?? rules.outcomes.filter((o) => o.kind === "care").map((o) => o.id),
  };
}
