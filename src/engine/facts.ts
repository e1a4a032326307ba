/** Turns an answer log into the facts conditions read: chosen options and score totals. */
import type { QuizModel } from "../rules/model.ts";
import type { Answer, AnswerLog } from "./answers.ts";
import type { Facts } from "./conditions.ts";

/** Facts that grow one answer at a time, so replaying a long log stays linear. */
export class FactsBuilder implements Facts {
  readonly answers = new Map<string, ReadonlySet<string>>();
  readonly scores = new Map<string, number>();

  constructor(private readonly model: QuizModel) {}

  add(answer: Answer): this {
    this.answers.set(answer.question, new Set(answer.options));
    for (const optionId of answer.options) {
      const option = this.model.options.get(answer.question)?.get(optionId);
      for (const [score, amount] of Object.entries(option?.scores ?? {})) {
        this.scores.set(score, (this.scores.get(score) ?? 0) + amount);
      }
    }
    return this;
  }
}

export function factsOf(model: QuizModel, log: AnswerLog): Facts {
  const facts = new FactsBuilder(model);
  for (const answer of log) facts.add(answer);
  return facts;
}
