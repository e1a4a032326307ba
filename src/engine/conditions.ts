/** Evaluates the condition trees used by branches, adjustments and secondary suggestions. */
import type { Condition } from "../rules/schema.ts";
import type { AnswerIndex } from "./answers.ts";

export interface Facts {
  readonly answers: AnswerIndex;
  readonly scores: ReadonlyMap<string, number>;
}

export function holds(condition: Condition, facts: Facts): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, facts));
  if ("any" in condition) return condition.any.some((c) => holds(c, facts));
  if ("not" in condition) return !holds(condition.not, facts);
  if ("equals" in condition) {
    const chosen = facts.answers.get(condition.question);
    return chosen !== undefined && chosen.size === 1 && chosen.has(condition.equals);
  }
  if ("includes" in condition) return facts.answers.get(condition.question)?.has(condition.includes) ?? false;
  const value = facts.scores.get(condition.score) ?? 0;
  return (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.atMost === undefined || value <= condition.atMost);
}
