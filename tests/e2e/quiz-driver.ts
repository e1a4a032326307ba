/** Drives the quiz in a page or frame the way a visitor does: tick answers, press Continue. */
import { expect, type FrameLocator, type Page } from "@playwright/test";
import { visitors } from "../unit/helpers.ts";

export { visitors };
export type Script = Record<string, string[]>;
type Scope = Page | FrameLocator;

/** The id of the question on screen (its inputs are named after it). */
export async function currentQuestion(scope: Scope): Promise<string | null> {
  const input = scope.locator("form fieldset input").first();
  if ((await input.count()) === 0) return null;
  return input.getAttribute("name");
}

/** Answers each question from the script until a result heading appears; returns the question ids asked. */
export async function answerUntilResult(scope: Scope, script: Script, continueLabel = "Continue"): Promise<string[]> {
  const result = scope.locator("article.result h1");
  const asked: string[] = [];
  for (let i = 0; i < 30; i++) {
    await expect(scope.locator("form fieldset input").first().or(result)).toBeVisible();
    if (await result.isVisible()) return asked;
    const id = await currentQuestion(scope);
    if (id) asked.push(id);
    const options = id ? script[id] : undefined;
    if (!id || !options) throw new Error(`no scripted answer for question ${id}`);
    for (const option of options) await scope.locator(`input[name="${id}"][value="${option}"]`).check();
    const heading = (await scope.locator("h1").textContent()) ?? "";
    await scope.getByRole("button", { name: continueLabel, exact: true }).click();
    await expect(scope.locator("h1")).not.toHaveText(heading);
  }
  throw new Error("the quiz never reached a result");
}

/**
 * The first screen: the introduction with question 1 under it, and the app in charge of it
 * (the early capture that answers for it before the app arrives has handed over).
 */
export async function startQuiz(scope: Scope) {
  await expect(scope.getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");
  await expect(firstQuestion(scope)).toBeVisible();
  await appTookOver(scope);
}

/** The app has taken over from the early capture (src/app/early-capture.ts): it answers every press now. */
export async function appTookOver(scope: Scope) {
  await expect(scope.locator("html[data-early]")).toHaveCount(0);
}

export const firstQuestion = (scope: Scope) => scope.getByRole("heading", { level: 2, name: /What brings you here today\?/ });
