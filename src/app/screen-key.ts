/**
 * A fingerprint of everything a pre-rendered screen shows: the first screen (the
 * introduction and question 1), and each screen the build renders ahead for the early
 * capture (what follows an answer to question 1). The build writes it beside the HTML;
 * at start the app compares it with what its rules draw after the same answers, and
 * hydrates the HTML only when they match — otherwise it renders afresh, so a replaced
 * rules file can never leave stale text on screen.
 */
import type { AnswerLog } from "../engine/answers.ts";
import { progressAt } from "../engine/progress.ts";
import { replay } from "../engine/route.ts";
import type { QuizModel } from "../rules/model.ts";

export function screenKey(model: QuizModel, answered: AnswerLog = []): string {
  const { title, intro, clinic } = model.rules;
  const replayed = replay(model, answered);
  const { log, step } = replayed;
  // What is shown, not how the visitor got there: answers that lead to the same screen share
  // its key (and its pre-rendered HTML). How many were answered says if it is the first screen.
  const shown = JSON.stringify([title, intro, log.length, step, progressAt(model, replayed), clinic]);
  let hash = 5381;
  for (let i = 0; i < shown.length; i++) hash = (Math.imul(hash, 33) ^ shown.charCodeAt(i)) >>> 0;
  return `${hash.toString(36)}-${shown.length.toString(36)}`;
}
