/** Answers and outcomes in the words staff read: question ids with option labels, outcome titles. */
import type { Answer } from "../engine/answers.ts";
import type { QuizModel } from "../rules/model.ts";
import type { Ending } from "./diff.ts";

export function describeAnswers(model: QuizModel, answers: readonly Answer[]): string {
  return answers
    .map((a) => `${a.question}: ${a.options.map((o) => model.options.get(a.question)?.get(o)?.label ?? o).join(" + ")}`)
    .join(" → ");
}

export function describeEnding(model: QuizModel, ending: Ending): string {
  if (ending.outcome === null) return "nowhere (a dead end)";
  const title = model.outcomes.get(ending.outcome)?.title ?? ending.outcome;
  return `${title} (${ending.urgent ? "urgent" : "care"})`;
}
