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

const ALWAYS: Condition = { all: [] };
const NEVER: Condition = { any: [] };
const isAlways = (c: Condition) => "all" in c && c.all.length === 0;
const isNever = (c: Condition) => "any" in c && c.any.length === 0;

/**
 * What is left of a condition once one question's answer is known: its parts about
 * that question become true or false (as `holds` decides them) and the rest simplifies
 * around them; `{ "all": [] }` stands for true and `{ "any": [] }` for false, which is
 * how `holds` reads them. The path walk compares what is left to tell which answers
 * no condition can tell apart (answer-classes.ts).
 */
export function settle(condition: Condition, question: string, chosen: ReadonlySet<string>): Condition {
  if ("all" in condition) {
    const parts = condition.all.map((c) => settle(c, question, chosen));
    if (parts.some(isNever)) return NEVER;
    const open = parts.filter((c) => !isAlways(c));
    return open.length === 1 ? open[0]! : { all: open };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => settle(c, question, chosen));
    if (parts.some(isAlways)) return ALWAYS;
    const open = parts.filter((c) => !isNever(c));
    return open.length === 1 ? open[0]! : { any: open };
  }
  if ("not" in condition) {
    const inner = settle(condition.not, question, chosen);
    return isAlways(inner) ? NEVER : isNever(inner) ? ALWAYS : { not: inner };
  }
  if ("question" in condition && condition.question === question) {
    return holds(condition, { answers: new Map([[question, chosen]]), scores: new Map() }) ? ALWAYS : NEVER;
  }
  return condition;
}
