/**
 * A clinic may serve the quiz under a path of its site (https://clinic.example/quiz/): a build
 * with Vite's `base: '/quiz/'` (`npm run build:sub-path`) must ask for everything under that
 * path — the scripts, the stylesheet, the logo, and the rules file at the one address both the
 * page's preload and the app's fetch name (rules/languages.ts) — and walk to a result, on its
 * own page (in English and in French) and embedded by its loader from the sub-path.
 */
import { expect, test, type Page } from "@playwright/test";
import { CLINIC_ORIGIN, SUB_PATH_QUIZ } from "../../playwright.deploy.config.ts";
import { fr } from "../../src/ui/strings/fr.ts";
import { answerUntilResult, appTookOver, startQuiz, visitors } from "../e2e/quiz-driver.ts";

const origin = new URL(SUB_PATH_QUIZ).origin;

/** Every address the page asks of the quiz's server, and every request that failed or was refused. */
function watch(page: Page) {
  const asked: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(origin)) asked.push(request.url());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on("pageerror", (error) => failed.push(`page error: ${error.message}`));
  return { asked, failed };
}

test("a build for /quiz/ asks for everything under /quiz/, the rules at one address, and walks to a result", async ({ page }) => {
  const { asked, failed } = watch(page);
  await page.goto(SUB_PATH_QUIZ);
  await startQuiz(page);
  await expect(page.locator(".site-header__logo")).toHaveJSProperty("complete", true);
  expect(await page.locator(".site-header__logo").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await answerUntilResult(page, visitors.ankleSprain);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Physiotherapy");
  await expect(page.getByRole("link", { name: /Book a free consult/ })).toBeVisible();
  expect(failed).toEqual([]);
  expect(asked.filter((url) => !url.startsWith(SUB_PATH_QUIZ))).toEqual([]);
  expect(asked.some((url) => url.startsWith(`${SUB_PATH_QUIZ}assets/`))).toBe(true);
  // The rules preloaded and fetched at the same address, and the result's texts beside them.
  expect([...new Set(asked.filter((url) => url.includes("care-quiz")))].sort()).toEqual([
    `${SUB_PATH_QUIZ}rules/care-quiz.json`,
    `${SUB_PATH_QUIZ}rules/care-quiz.results.json`,
  ]);
});

test("the French page of a build for /quiz/ asks for everything under /quiz/, its own rules and texts, and walks to a result", async ({ page }) => {
  const { asked, failed } = watch(page);
  await page.goto(`${SUB_PATH_QUIZ}fr/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await appTookOver(page);
  await answerUntilResult(page, visitors.ankleSprain, fr.continue);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Physiothérapie");
  expect(failed).toEqual([]);
  expect(asked.filter((url) => !url.startsWith(SUB_PATH_QUIZ))).toEqual([]);
  expect([...new Set(asked.filter((url) => url.includes("care-quiz")))].sort()).toEqual([
    `${SUB_PATH_QUIZ}rules/fr/care-quiz.json`,
    `${SUB_PATH_QUIZ}rules/fr/care-quiz.results.json`,
  ]);
});

test("the loader from /quiz/embed.js frames the quiz from /quiz/, which walks to a result", async ({ page }) => {
  const { asked, failed } = watch(page);
  // The clinic's page on another origin, pasting the README's line with the sub-path.
  await page.goto(`${CLINIC_ORIGIN}/embed.html?loader=${encodeURIComponent(`${SUB_PATH_QUIZ}embed.js`)}`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.ankleSprain);
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Physiotherapy");
  expect(await page.locator("#quiz-1 iframe").getAttribute("src")).toMatch(new RegExp(`^${SUB_PATH_QUIZ}\\?`));
  expect(failed).toEqual([]);
  expect(asked.filter((url) => !url.startsWith(SUB_PATH_QUIZ))).toEqual([]);
});
