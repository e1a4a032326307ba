/**
 * The texts only a care result shows, for rules served without them (the build's first-load
 * file: src/rules/result-texts.ts). Loaded with the result's code, at idle. The file is used
 * only if its bytes have the SHA-256 the rules name: anything else — not there, another
 * build's, not a file of texts — leaves the result to show without its details (the outcome,
 * what to do, the booking link, the clearance note and the disclaimer are in the rules
 * themselves), never with texts that may belong to other rules.
 */
import { buildModel, type QuizModel } from "../../rules/model.ts";
import { mergeResultTexts, parseResultTexts, type ResultsRef, resultsRefOf, type ResultTexts } from "../../rules/result-texts.ts";
import { sha256Hex } from "../../rules/sha256.ts";

/** The model to draw a result from, and whether it has the result's details. */
export interface CompletedModel {
  readonly model: QuizModel;
  readonly details: boolean;
}

const fileName = (url: string) => new URL(url).pathname.replace(/^\//, "");

/** The texts at `url` if their bytes have this SHA-256; otherwise why not, for the console. */
export async function fetchResultTexts(url: string, sha256: string): Promise<ResultTexts | string> {
  const file = fileName(url);
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) return `${file}: could not be loaded (HTTP ${response.status}).`;
    bytes = await response.arrayBuffer();
  } catch (error) {
    return `${file}: could not be loaded (${(error as Error).message}).`;
  }
  const hash = await sha256Hex(bytes);
  if (hash === undefined) return `${file}: can't be checked without Web Crypto (serve the quiz over https).`;
  if (hash !== sha256) return `${file}: these are not the texts its rules file names (their SHA-256 differs): replace both files from one build.`;
  return parseResultTexts(new TextDecoder().decode(bytes)) ?? `${file}: not a file of texts.`;
}

/** The `"$results"` a rules file's text names, if it is a file the build split. */
export function resultsRefIn(text: string): ResultsRef | undefined {
  try {
    return resultsRefOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Every care outcome has the texts the result screen reads first. */
const complete = (model: QuizModel) =>
  model.rules.outcomes.every((o) => o.kind === "urgent" || (typeof o.summary === "string" && Array.isArray(o.explanation)));

/**
 * The model with its result texts merged in; the model as it is (and `details: false`) when
 * they can't be had. Never rejects. A model that came whole needs nothing.
 */
export async function withResultTexts(model: QuizModel): Promise<CompletedModel> {
  const wanted = model.resultTexts;
  if (!wanted) return { model, details: true };
  try {
    const texts = await fetchResultTexts(wanted.url, wanted.sha256);
    if (typeof texts !== "string") {
      const { rules, unused } = mergeResultTexts(model.rules, texts);
      const merged = buildModel(rules);
      if (unused.length === 0 && complete(merged)) return { model: merged, details: true };
    }
    console.error(`The result's details can't be shown, so results show without them: ${typeof texts === "string" ? texts : `${fileName(wanted.url)} doesn't fit these rules.`}`);
  } catch (error) {
    console.error(`The result's details can't be shown, so results show without them: ${String(error)}`);
  }
  return { model, details: false };
}
