/**
 * "Question 3 of up to 9": the visitor's position and the most questions this visit
 * can still take. The bound is the longest way on from the current question through
 * every branch that might still fire, judged from what has been answered so far.
 *
 * Why a bound and not a guess: a guess ("of about 6") grew to 7, 9, 10 as answers
 * opened branches, so the visitor seemed to move backwards. An answer only ever
 * decides more conditions, so the ways on can only narrow: the total never grows and
 * the fraction never falls (tests/unit/engine/progress.test.ts walks every path).
 */
import type { QuizModel } from "../rules/model.ts";
import type { Condition } from "../rules/schema.ts";
import type { AnswerLog } from "./answers.ts";
import { factsOf } from "./facts.ts";
import { replay, type Replay } from "./route.ts";
import type { Facts } from "./conditions.ts";

export interface Progress {
  readonly number: number;
  /** The most questions this visit can have in all, counting those already answered. */
  readonly mostTotal: number;
}

/** true or false once the answers so far decide it; undefined while a later answer still could. */
type Verdict = boolean | undefined;

interface Known {
  readonly facts: Facts;
  /** Scores no unanswered question can still change. */
  readonly settledScores: ReadonlySet<string>;
}

// Kleene's three-valued logic: a verdict, once given, survives any further answer,
// which is what keeps the bound from growing.
function verdict(condition: Condition, known: Known): Verdict {
  if ("all" in condition) {
    const parts = condition.all.map((c) => verdict(c, known));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : undefined;
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => verdict(c, known));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : undefined;
  }
  if ("not" in condition) {
    const inner = verdict(condition.not, known);
    return inner === undefined ? undefined : !inner;
  }
  if ("question" in condition) {
    const chosen = known.facts.answers.get(condition.question);
    if (chosen === undefined) return undefined;
    return "equals" in condition ? chosen.size === 1 && chosen.has(condition.equals) : chosen.has(condition.includes);
  }
  if (!known.settledScores.has(condition.score)) return undefined;
  const value = known.facts.scores.get(condition.score) ?? 0;
  return (condition.atLeast === undefined || value >= condition.atLeast) && (condition.atMost === undefined || value <= condition.atMost);
}

/** Where a question may lead: branches in order until one surely fires, then `next` if none did. */
function waysOn(model: QuizModel, id: string, known: Known): string[] {
  const question = model.questions.get(id)!; // `longestFrom` asks only about questions
  // Stryker disable next-line ArrayDeclaration: equivalent, a target that is no question adds nothing to the longest way.
  const targets: string[] = [];
  for (const branch of question.branches ?? []) {
    const v = verdict(branch.when, known);
    if (v === false) continue;
    targets.push(branch.goTo);
    if (v === true) return targets;
  }
  return [...targets, question.next];
}

function settledScores(model: QuizModel, answered: ReadonlySet<string>): Set<string> {
  const open = new Set<string>();
  for (const question of model.rules.questions) {
    if (answered.has(question.id)) continue;
    for (const option of question.options) for (const score of Object.keys(option.scores ?? {})) open.add(score);
  }
  const all = new Set(model.rules.questions.flatMap((q) => q.options.flatMap((o) => Object.keys(o.scores ?? {}))));
  return new Set([...all].filter((s) => !open.has(s)));
}

/** The most questions from `start` on (itself included), never counting one twice even if rules loop. */
function longestFrom(model: QuizModel, start: string, known: Known, answered: ReadonlySet<string>): number {
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  const longest = (id: string): number => {
    if (!model.questions.has(id) || answered.has(id) || onPath.has(id)) return 0;
    const cached = memo.get(id);
    // Stryker disable next-line ConditionalExpression: equivalent, a cache: in rules without loops (the checker's) the same question gives the same length.
    if (cached !== undefined) return cached;
    onPath.add(id);
    const rest = Math.max(0, ...waysOn(model, id, known).map(longest));
    onPath.delete(id);
    memo.set(id, 1 + rest);
    return 1 + rest;
  };
  return longest(start);
}

export function progressOf(model: QuizModel, rawLog: AnswerLog): Progress {
  return progressAt(model, replay(model, rawLog));
}

/** The progress for a log already replayed (`replay`), for callers that have just done so. */
export function progressAt(model: QuizModel, { log, step }: Replay): Progress {
  if (step.kind !== "question") return { number: log.length, mostTotal: log.length };
  const answered = new Set(log.map((a) => a.question));
  const known: Known = { facts: factsOf(model, log), settledScores: settledScores(model, answered) };
  const number = log.length + 1;
  return { number, mostTotal: log.length + longestFrom(model, step.question.id, known, answered) };
}
