/**
 * "Question 3 of about 7": the visitor's position and an estimate of the total.
 * The estimate follows the routing as if the remaining questions were left
 * unanswered (branches that need an answer don't fire), which is the path most
 * visitors take; it can change as answers open or close branches, hence "about".
 */
import type { QuizModel } from "../rules/model.ts";
import type { AnswerLog } from "./answers.ts";
import { holds } from "./conditions.ts";
import { factsOf } from "./facts.ts";
import { replay } from "./route.ts";

export interface Progress {
  readonly number: number;
  readonly estimatedTotal: number;
}

export function progressOf(model: QuizModel, rawLog: AnswerLog): Progress {
  const { log, step } = replay(model, rawLog);
  const number = log.length + 1;
  if (step.kind !== "question") return { number: log.length, estimatedTotal: log.length };
  const facts = factsOf(model, log);
  const seen = new Set(log.map((a) => a.question));
  let remaining = 0;
  let current: string | undefined = step.question.id;
  // The seen-set bounds the walk even if a rules file slipped a cycle past the checker.
  while (current !== undefined && !seen.has(current)) {
    const question = model.questions.get(current);
    if (question === undefined) break;
    seen.add(current);
    remaining += 1;
    current = question.branches?.find((b) => holds(b.when, facts))?.goTo ?? question.next;
  }
  return { number, estimatedTotal: Math.max(number, log.length + remaining) };
}
