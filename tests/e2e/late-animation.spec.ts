/**
 * The animation code (framer-motion) loads in the background and may arrive at any
 * moment — on a slow phone, after the visitor has moved on. It must never remount the
 * screen in use, which would clear what the visitor just ticked.
 */
import { expect, test } from "@playwright/test";
import { hold } from "./network.ts";
import { currentQuestion, type Script, startQuiz, visitors } from "./quiz-driver.ts";

test("animation code arriving after the first Continue keeps the ticks on question 2, and Continue moves on", async ({ page }) => {
  const release = await hold(page, /\/assets\/AnimatedSteps-[^/]*\.js$/);
  const script: Script = visitors.loseWeight;
  // The held chunk may hold back the load event: don't wait for it.
  await page.goto("/", { waitUntil: "commit" });
  await startQuiz(page);
  const tick = (question: string) => script[question]!.map((option) => page.locator(`input[name="${question}"][value="${option}"]`));

  const first = (await currentQuestion(page))!;
  for (const input of tick(first)) await input.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => currentQuestion(page)).not.toBe(first);
  const second = (await currentQuestion(page))!;
  for (const input of tick(second)) await input.check();

  release();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.includes("AnimatedSteps")))).toBe(true);
  await page.waitForTimeout(300);
  for (const input of tick(second)) await expect(input).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => currentQuestion(page)).not.toBe(second);
  expect(await currentQuestion(page)).not.toBeNull();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
