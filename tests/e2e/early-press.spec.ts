/**
 * Presses before the app's code has arrived (held back here) are kept by the early capture
 * and acted on once the app is up — once, and only on the screen they were made on.
 */
import { expect, type Page, test } from "@playwright/test";
import { hold, serveEditedRules } from "./network.ts";
import { appTookOver } from "./quiz-driver.ts";

const APP_CODE = /\/assets\/main-.*\.js$/;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** The answers saved on this device (only the app saves them). */
const savedLog = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem("carefit-progress") ?? "null")?.state?.log ?? []) as unknown[]);

/** Opens the quiz with the app's code held back, and answers question 1 with Continue. */
async function answerFirstBeforeTheApp(page: Page, choice = "Pain or an injury") {
  const release = await hold(page, APP_CODE);
  // The held script blocks the load event: don't wait for it.
  await page.goto("/", { waitUntil: "commit" });
  await page.getByRole("radio", { name: choice }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  // At once, from the build's HTML: question 2, with focus on it as on every step.
  await expect(heading(page)).toContainText("Do you have any of these warning signs?");
  await expect(heading(page)).toBeFocused();
  await expect(page.locator("html[data-early]")).toHaveCount(1);
  return release;
}

test("a press before the app's code arrives counts once: question 2 shows at once, and the app takes over there", async ({ page }) => {
  const release = await answerFirstBeforeTheApp(page);
  expect(await savedLog(page)).toEqual([]);
  release();
  await appTookOver(page);
  await expect.poll(() => savedLog(page)).toEqual([{ question: "reason", options: ["pain-injury"] }]);
  await page.waitForTimeout(300);
  await expect(heading(page)).toContainText("Do you have any of these warning signs?");
  // The app runs this screen: Back returns to question 1, its answer kept.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(heading(page)).toContainText("What brings you here today?");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
});

test("a press on question 2 before the app arrives is held, and acted on once when it is up", async ({ page }) => {
  const release = await answerFirstBeforeTheApp(page, "A fitness goal");
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator('html[data-early="waiting"]')).toHaveCount(1);
  await page.waitForTimeout(300);
  await expect(heading(page)).toContainText("Do you have any of these warning signs?");
  release();
  await expect(heading(page)).toContainText("Do you live with any of these long-term conditions?");
  await page.waitForTimeout(300);
  await expect(heading(page)).toContainText("Do you live with any of these long-term conditions?");
  expect(await savedLog(page)).toEqual([
    { question: "reason", options: ["fitness-goal"] },
    { question: "emergency-check", options: ["none"] },
  ]);
});

test("a press on a screen that has since changed does nothing: pressed on question 2, then Back", async ({ page }) => {
  const release = await answerFirstBeforeTheApp(page);
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(heading(page)).toHaveText("Which care fits me?");
  release();
  await appTookOver(page);
  await page.waitForTimeout(300);
  await expect(heading(page)).toHaveText("Which care fits me?");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
  expect(await savedLog(page)).toEqual([]);
});

test("a press is dropped when the rules file changed since the build: the first screen returns, its choice still ticked", async ({ page }) => {
  await serveEditedRules(page, (rules) => { rules.version = `${rules.version}-replaced`; });
  const release = await answerFirstBeforeTheApp(page);
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  release();
  await appTookOver(page);
  await expect(heading(page)).toHaveText("Which care fits me?");
  await page.waitForTimeout(300);
  await expect(heading(page)).toHaveText("Which care fits me?");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
  expect(await savedLog(page)).toEqual([]);
});

test("Clear my answers before the app arrives clears question 1, and nothing is saved", async ({ page }) => {
  const release = await answerFirstBeforeTheApp(page);
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expect(heading(page)).toHaveText("Which care fits me?");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).not.toBeChecked();
  release();
  await appTookOver(page);
  await page.waitForTimeout(300);
  await expect(heading(page)).toHaveText("Which care fits me?");
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
  expect(await savedLog(page)).toEqual([]);
});

test("a returning visitor's press before the app arrives doesn't start over: the app asks first, and the saved answers stay", async ({ page }) => {
  // An earlier visit, saved on this device.
  await page.goto("/");
  await page.getByRole("radio", { name: "A fitness goal" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(heading(page)).toContainText("Do you have any of these warning signs?");
  const earlier = await savedLog(page);
  expect(earlier).toEqual([{ question: "reason", options: ["fitness-goal"] }]);

  const release = await hold(page, APP_CODE);
  await page.goto("/", { waitUntil: "commit" });
  await page.getByRole("radio", { name: "Pain or an injury" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForTimeout(300);
  await expect(heading(page)).toHaveText("Which care fits me?");
  release();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  expect(await savedLog(page)).toEqual(earlier);
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(heading(page)).toContainText("Do you have any of these warning signs?");
});
