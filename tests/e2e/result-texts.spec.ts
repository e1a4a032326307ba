/**
 * The texts only a care result shows come in a second file per language, fetched with the
 * result's code at idle (src/rules/result-texts.ts). When that file is blocked or isn't the
 * one the rules name, a care result still shows the outcome, the booking link, the clearance
 * note and the disclaimer, and says the rest couldn't be loaded; an urgent result shows all
 * of itself, since nothing of it is in that file. Never a blank page, never a wrong text.
 */
import { expect, type Page, test } from "@playwright/test";
import { enResult } from "../../src/ui/strings/result-en.ts";
import { frResult } from "../../src/ui/strings/result-fr.ts";
import { fr } from "../../src/ui/strings/fr.ts";
import { requests, serveEditedRules } from "./network.ts";
import { answerUntilResult, startQuiz, visitors } from "./quiz-driver.ts";

const ENGLISH_TEXTS = "**/rules/care-quiz.results.json";
const FRENCH_TEXTS = "**/rules/fr/care-quiz.results.json";
/** Playwright matches text with spaces normalised; the French uses no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const block = (page: Page, url: string) => page.route(url, (route) => route.abort("failed"));
/** The file as another build might have it: valid texts, but not the ones these rules name. */
const serveOtherTexts = (page: Page, url: string) =>
  page.route(url, async (route) => {
    const texts = (await (await route.fetch()).json()) as Record<string, string>;
    for (const key of Object.keys(texts)) texts[key] = `${texts[key]} (older wording)`;
    await route.fulfill({ json: texts });
  });

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("the result texts load after the first screen, once, and the care result shows them", async ({ page }) => {
  const requested = requests(page);
  await page.goto("/");
  await startQuiz(page);
  // Not part of the first screen's load: the page doesn't preload it.
  expect(await page.locator('link[href*="results"]').count()).toBe(0);
  await answerUntilResult(page, visitors.ankleSprain);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Physiotherapy/);
  await expect(page.getByRole("heading", { name: enResult.whyWeSuggest })).toBeVisible();
  await expect(page.getByText("Your pain started with an injury, like a sprain or strain")).toBeVisible();
  await expect(page.getByText(enResult.detailsUnavailable)).toHaveCount(0);
  expect(requested.filter((url) => url.endsWith("/rules/care-quiz.results.json"))).toHaveLength(1);
});

for (const [how, spoil] of [["is blocked", block], ["isn't the one the rules name", serveOtherTexts]] as const) {
  test(`when the result texts file ${how}, a care result shows the outcome, the clearance note, the booking link, the disclaimer and a plain note`, async ({ page }) => {
    const errors = consoleErrors(page);
    await spoil(page, ENGLISH_TEXTS);
    await page.goto("/");
    await startQuiz(page);
    await answerUntilResult(page, visitors.heartConditionTraining);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Personal training/);
    await expect(page.getByText(enResult.detailsUnavailable)).toBeVisible();
    await expect(page.getByRole("region", { name: "Check with your doctor before you start" })).toContainText("You have a heart condition or high blood pressure");
    await expect(page.getByRole("link", { name: /Book a free consult/ })).toHaveAttribute("href", "https://clinic.example/book?care=personal-training");
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText("not be interpreted as medical advice");
    // Nothing that needed the texts, and none of another build's wording.
    await expect(page.getByRole("heading", { name: enResult.whyWeSuggest })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: enResult.aboutThisCare })).toHaveCount(0);
    await expect(page.getByText("older wording")).toHaveCount(0);
    expect(errors.join("\n")).toMatch(/rules\/care-quiz\.results\.json: (could not be loaded|these are not the texts its rules file names)/);
  });
}

test("when the result texts file is blocked, an urgent result is whole: the action, what to do, what you told us, the disclaimer", async ({ page }) => {
  await block(page, ENGLISH_TEXTS);
  await page.goto("/");
  await startQuiz(page);
  await answerUntilResult(page, { reason: ["fitness-goal"], "emergency-check": ["chest-pain"] });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Call 911 now/);
  await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expect(page.getByText(/Don't drive yourself/)).toBeVisible();
  await expect(page.getByRole("heading", { name: enResult.whatYouToldUs })).toBeVisible();
  await expect(page.getByRole("heading", { name: enResult.whyNoCareYet })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  await expect(page.getByText(enResult.detailsUnavailable)).toHaveCount(0);
});

test("in French too: blocked result texts leave the care result its booking link, disclaimer and note, and « Composez le 911 » whole", async ({ page }) => {
  await block(page, FRENCH_TEXTS);
  const french = (await (await page.request.get("/rules/fr/care-quiz.json")).json()) as { booking: { label: string } };
  await page.goto("fr/");
  await answerUntilResult(page, visitors.ankleSprain, fr.continue);
  await expect(page.getByText(plain(frResult.detailsUnavailable))).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(plain(french.booking.label).replace(/ /g, "\\s")) })).toHaveAttribute("href", /care=physiotherapy$/);
  await expect(page.getByRole("complementary", { name: fr.disclaimerTitle })).toBeVisible();
  await page.getByRole("button", { name: frResult.startOver }).click();
  await answerUntilResult(page, { reason: ["fitness-goal"], "emergency-check": ["chest-pain"] }, fr.continue);
  await expect(page.getByRole("link", { name: "Composez le 911" })).toHaveAttribute("href", "tel:911");
  await expect(page.getByText(plain(frResult.detailsUnavailable))).toHaveCount(0);
});

test("a replaced rules file that names its result texts is checked with them at start, and its results are whole", async ({ page }) => {
  const requested = requests(page);
  await serveEditedRules(page, (rules) => { rules.intro.heading = "Find the right care at Harbour Clinic"; });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find the right care at Harbour Clinic");
  await answerUntilResult(page, visitors.ankleSprain);
  await expect(page.getByText("Your pain started with an injury, like a sprain or strain")).toBeVisible();
  expect(requested.filter((url) => url.endsWith("/rules/care-quiz.results.json")).length).toBeGreaterThan(0);
});

test('a replaced rules file whose result texts are blocked can\'t be checked whole: the "being updated" screen, with the emergency line', async ({ page }) => {
  const errors = consoleErrors(page);
  await block(page, ENGLISH_TEXTS);
  await serveEditedRules(page, (rules) => { rules.intro.heading = "Find the right care at Harbour Clinic"; });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
  await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expect(page.getByRole("link", { name: /Book a free consult/ })).toBeVisible();
  expect(errors.join("\n")).toContain("rules/care-quiz.results.json: could not be loaded");
});
