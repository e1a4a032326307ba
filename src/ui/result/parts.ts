/**
 * What the result screen draws from, once the result's code has loaded: the code, and the
 * model with the texts only a care result shows (texts.ts). Part of the result's chunk, so
 * the quiz's first load carries only the hook that asks for it (result-code.ts).
 */
import { answeredQuestions } from "../../engine/answered.ts";
import { recommendAt } from "../../engine/outcome.ts";
import type { QuizModel } from "../../rules/model.ts";
import { ResultScreen } from "../ResultScreen.tsx";
import { withResultTexts } from "./texts.ts";

/** The result's code, and the model to draw results from: `details` false if its result texts couldn't be had. */
export interface ResultParts {
  readonly recommendAt: typeof recommendAt;
  readonly answeredQuestions: typeof answeredQuestions;
  readonly ResultScreen: typeof ResultScreen;
  readonly model: QuizModel;
  readonly details: boolean;
}

/** Result parts for one model, as the quiz keeps them. */
export interface LoadedResult {
  readonly parts: ResultParts;
  /** The model they were loaded for. */
  readonly source: QuizModel;
  /** Nothing more to try: the details are there, or this was the try made when a result was due. */
  readonly final: boolean;
}

const partsFor = (model: QuizModel, details: boolean): ResultParts => ({ recommendAt, answeredQuestions, ResultScreen, model, details });

/** The parts for a model, its result texts fetched if it came without them. Never rejects. */
export async function loadResultParts(model: QuizModel, due: boolean): Promise<LoadedResult> {
  const { model: whole, details } = await withResultTexts(model);
  return { parts: partsFor(whole, details), source: model, final: due || details };
}

const ready = new WeakMap<QuizModel, LoadedResult>();

/** The parts for a model that came with all its texts, at once (the same object each time); undefined for one without. */
export function resultPartsNow(model: QuizModel): LoadedResult | undefined {
  if (model.resultTexts) return undefined;
  if (!ready.has(model)) ready.set(model, { parts: partsFor(model, true), source: model, final: true });
  return ready.get(model);
}
