/** What the visitor answered, in words: each question asked and the labels they chose, in order. */
import type { QuizModel } from "../rules/model.ts";
import type { AnswerLog } from "./answers.ts";

export interface AnsweredQuestion {
  readonly question: string;
  readonly text: string;
  readonly answers: readonly string[];
}

export function answeredQuestions(model: QuizModel, log: AnswerLog): AnsweredQuestion[] {
  return log.flatMap((answer) => {
    const question = model.questions.get(answer.question);
    if (!question) return [];
    const labels = answer.options.map((id) => model.options.get(answer.question)!.get(id)?.label ?? id);
    return [{ question: question.id, text: question.text, answers: labels }];
  });
}
