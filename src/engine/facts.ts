/** Turns an answer log into the facts conditions read: chosen options and score totals. */
import type { QuizModel } from "../rules/model.ts";
import { type AnswerLog, indexAnswers } from "./answers.ts";
import type { Facts } from "./conditions.ts";

export function factsOf(model: QuizModel, log: AnswerLog): Facts {
  const scores = new Map<string, number>();
  for (const answer of log) {
    for (const optionId of answer.options) {
      const option = model.options.get(answer.question)?.get(optionId);
      for (const [score, amount] of Object.entries(option?.scores ?? {})) {
        scores.set(score, (scores.get(score) ?? 0) + amount);
      }
    }
  }
  return { answers: indexAnswers(log), scores };
}
