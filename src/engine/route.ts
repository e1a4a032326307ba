/**
 * Where the visit goes next. The one place that knows the routing rules:
 * red flags end the visit at once, otherwise the first branch whose condition
 * holds, otherwise the question's `next`.
 */
import type { QuizModel } from "../rules/model.ts";
import { RESULT } from "../rules/result-target.ts";
import type { Question } from "../rules/schema.ts";
import type { Answer, AnswerLog } from "./answers.ts";
import { type Facts, holds } from "./conditions.ts";
import { FactsBuilder, factsOf } from "./facts.ts";

export type Step =
  | { readonly kind: "question"; readonly question: Question }
  | { readonly kind: "outcome"; readonly outcome: string }
  | { readonly kind: "decide" };

/** Why an answer cannot be accepted for a question, or null when it can. */
export function answerProblem(question: Question, options: readonly string[]): string | null {
  if (options.length === 0) return "Choose an answer.";
  if (new Set(options).size !== options.length) return "An option was chosen twice.";
  const known = new Set(question.options.map((o) => o.id));
  if (options.some((o) => !known.has(o))) return "That answer is not one of the options.";
  if (question.type === "single" && options.length > 1) return "Choose only one answer.";
  const exclusive = question.options.find((o) => o.exclusive && options.includes(o.id));
  if (exclusive && options.length > 1) return `"${exclusive.label}" can't be combined with other answers.`;
  return null;
}

/** The most urgent red flag among the chosen options, if any. */
export function redFlagIn(model: QuizModel, answer: Answer): string | undefined {
  const flagged = answer.options
    .map((id) => model.options.get(answer.question)?.get(id)?.redFlag)
    .filter((flag): flag is string => flag !== undefined);
  if (flagged.length === 0) return undefined;
  const rank = (id: string) => {
    const i = model.urgency.indexOf(id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return flagged.reduce((best, id) => (rank(id) < rank(best) ? id : best));
}

/** Where to go after `last` was answered, given the facts of the log so far (including `last`). */
function routeAfter(model: QuizModel, last: Answer, facts: Facts): string {
  const flag = redFlagIn(model, last);
  if (flag !== undefined) return flag;
  const question = model.questions.get(last.question);
  if (question === undefined) return RESULT;
  return question.branches?.find((b) => holds(b.when, facts))?.goTo ?? question.next;
}

/** Where to go after `log` (whose last entry was just answered). */
export function targetAfter(model: QuizModel, log: AnswerLog): string {
  const last = log.at(-1);
  return last === undefined ? model.rules.start : routeAfter(model, last, factsOf(model, log));
}

export function stepFor(model: QuizModel, target: string): Step {
  // "result" always means decide, even in rules (refused by the checker) that use it as an id.
  if (target === RESULT) return { kind: "decide" };
  const question = model.questions.get(target);
  if (question !== undefined) return { kind: "question", question };
  // A target that names neither a question nor an outcome is caught by the checker;
  // at run time the safest fallback is to decide from what was answered.
  return model.outcomes.has(target) ? { kind: "outcome", outcome: target } : { kind: "decide" };
}

export interface Replay {
  /** The longest prefix of the log that is a valid walk through these rules. */
  readonly log: AnswerLog;
  readonly step: Step;
}

/**
 * Replays an answer log from the start, keeping entries while each answers the
 * question the rules would ask at that point. Used to resume saved progress
 * safely, and to find the current step after any change.
 */
export function replay(model: QuizModel, log: AnswerLog): Replay {
  const kept: Answer[] = [];
  const facts = new FactsBuilder(model);
  let step = stepFor(model, model.rules.start);
  for (const answer of log) {
    if (step.kind !== "question" || answer.question !== step.question.id) break;
    if (answerProblem(step.question, answer.options) !== null) break;
    const copy = { question: answer.question, options: [...answer.options] };
    kept.push(copy);
    step = stepFor(model, routeAfter(model, copy, facts.add(copy)));
  }
  return { log: kept, step };
}
