/**
 * What is ticked on the screen on show when the app takes over — the pre-rendered first
 * screen, or the next one the early capture showed. Read from the DOM just before React
 * takes over (hydration would otherwise reset the inputs to their rendered state), and
 * handed to the quiz as its preselection, so nothing the visitor did is lost.
 */
import type { Answer } from "../engine/answers.ts";

export function readPendingAnswer(container: HTMLElement): Answer | null {
  const chosen = [...container.querySelectorAll<HTMLInputElement>("form input:checked")];
  const question = chosen[0]?.name;
  if (!question) return null;
  return { question, options: chosen.filter((input) => input.name === question).map((input) => input.value) };
}
