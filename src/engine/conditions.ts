/** Evaluates the condition trees used by branches, adjustments and secondary suggestions. */
import { type ConditionCases, foldCondition } from "../rules/conditions-walk.ts";
import type { Condition } from "../rules/schema.ts";
import type { AnswerIndex } from "./answers.ts";

export interface Facts {
  readonly answers: AnswerIndex;
  readonly scores: ReadonlyMap<string, number>;
}

const HOLDS: ConditionCases<Facts, boolean> = {
  all: (c, facts, inner) => c.all.every((x) => inner(x, facts)),
  any: (c, facts, inner) => c.any.some((x) => inner(x, facts)),
  not: (c, facts, inner) => !inner(c.not, facts),
  question: (c, facts) => {
    const chosen = facts.answers.get(c.question);
    if ("equals" in c) return chosen !== undefined && chosen.size === 1 && chosen.has(c.equals);
    return chosen?.has(c.includes) ?? false;
  },
  score: (c, facts) => {
    const value = facts.scores.get(c.score) ?? 0;
    return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
  },
};

export const holds = (condition: Condition, facts: Facts): boolean => foldCondition(condition, facts, HOLDS);

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
  const answered: Facts = { answers: new Map([[question, chosen]]), scores: new Map() };
  return foldCondition<undefined, Condition>(condition, undefined, {
    all: (c, _, inner) => {
      const parts = c.all.map((x) => inner(x, undefined));
      if (parts.some(isNever)) return NEVER;
      const open = parts.filter((x) => !isAlways(x));
      return open.length === 1 ? open[0]! : { all: open };
    },
    any: (c, _, inner) => {
      const parts = c.any.map((x) => inner(x, undefined));
      if (parts.some(isAlways)) return ALWAYS;
      const open = parts.filter((x) => !isNever(x));
      return open.length === 1 ? open[0]! : { any: open };
    },
    not: (c, _, inner) => {
      const rest = inner(c.not, undefined);
      return isAlways(rest) ? NEVER : isNever(rest) ? ALWAYS : { not: rest };
    },
    question: (c) => (c.question !== question ? c : holds(c, answered) ? ALWAYS : NEVER),
    score: (c) => c,
  });
}
