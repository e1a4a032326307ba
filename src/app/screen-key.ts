/**
 * A fingerprint of everything the first screen shows. The build writes it next to
 * the pre-rendered HTML; at start the app compares it with the rules it loaded, and
 * hydrates the HTML only when they match — otherwise it renders afresh, so a
 * replaced rules file can never leave stale text on screen.
 */
import { progressOf } from "../engine/progress.ts";
import type { QuizModel } from "../rules/model.ts";

export function firstScreenKey(model: QuizModel): string {
  const { title, intro, start, clinic } = model.rules;
  const shown = JSON.stringify([title, intro, model.questions.get(start), progressOf(model, []), clinic]);
  let hash = 5381;
  for (let i = 0; i < shown.length; i++) hash = (Math.imul(hash, 33) ^ shown.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}-${shown.length.toString(36)}`;
}
