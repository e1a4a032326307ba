/**
 * The one recursion over condition trees ("all", "any", "not" around question and
 * score tests). The engine evaluates and simplifies conditions with it, and the
 * checks judge them and list what they name; each says only what to make of one
 * node, never how to reach the next.
 *
 * The walk refuses a tree deeper than `CONDITION_DEPTH`: the size check
 * (limits.ts) rejects such files before anything walks them, so meeting one here is
 * a bug, reported as such rather than as a stack overflow.
 */
import { CONDITION_DEPTH, conditionDepthMessage } from "./condition-depth.ts";
import type { JsonPath } from "./problems.ts";
import type { AllCondition, AnyCondition, Condition, EqualsCondition, IncludesCondition, NotCondition, ScoreCondition } from "./schema.ts";

/** A test of one question's answer. */
export type QuestionCondition = EqualsCondition | IncludesCondition;
/** A question or score test: the conditions an "all", "any" or "not" is built from. */
export type ConditionTest = QuestionCondition | ScoreCondition;

/** Walks one part of a tree, with what the caller passes down to it (`at`). */
type Inner<A, T> = (part: Condition, at: A) => T;

/**
 * What to make of each kind of node, given what was passed down to it. Nodes with
 * parts walk them through `inner`, when and if they need them (so `every` and
 * `some` can stop early).
 */
export interface ConditionCases<A, T> {
  readonly all: (c: AllCondition, at: A, inner: Inner<A, T>) => T;
  readonly any: (c: AnyCondition, at: A, inner: Inner<A, T>) => T;
  readonly not: (c: NotCondition, at: A, inner: Inner<A, T>) => T;
  readonly question: (c: QuestionCondition, at: A) => T;
  readonly score: (c: ScoreCondition, at: A) => T;
}

export function foldCondition<A, T>(condition: Condition, at: A, cases: ConditionCases<A, T>): T {
  const walk = (c: Condition, a: A, depth: number): T => {
    if (depth > CONDITION_DEPTH) throw new RangeError(conditionDepthMessage(depth));
    if ("all" in c) return cases.all(c, a, deeper(depth));
    if ("any" in c) return cases.any(c, a, deeper(depth));
    if ("not" in c) return cases.not(c, a, deeper(depth));
    return "question" in c ? cases.question(c, a) : cases.score(c, a);
  };
  const deeper = (depth: number): Inner<A, T> => (part, b) => walk(part, b, depth + 1);
  return walk(condition, at, 1);
}

/** Visits the question and score tests of a tree in order, each with its path from `path`. */
export function eachTest(condition: Condition, path: JsonPath, visit: (test: ConditionTest, path: JsonPath) => void): void {
  foldCondition<JsonPath, void>(condition, path, {
    all: (c, at, inner) => c.all.forEach((x, i) => inner(x, [...at, "all", i])),
    any: (c, at, inner) => c.any.forEach((x, i) => inner(x, [...at, "any", i])),
    not: (c, at, inner) => inner(c.not, [...at, "not"]),
    question: visit,
    score: visit,
  });
}

/** The option a question test names. */
export const optionOf = (c: QuestionCondition): string => ("equals" in c ? c.equals : c.includes);

/** Every `question/option` a condition names with equals or includes. */
export function namedOptions(condition: Condition, into = new Set<string>()): Set<string> {
  // Stryker disable next-line ArrayDeclaration: equivalent, this visitor never reads the path.
  eachTest(condition, [], (test) => {
    if ("question" in test) into.add(`${test.question}/${optionOf(test)}`);
  });
  return into;
}
