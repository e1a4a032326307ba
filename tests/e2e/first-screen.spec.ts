/** The first screen is in the HTML itself: readable and answerable before the JavaScript arrives, and harmless without it. */
import { expect, test } from "@playwright/test";
import { QUIZ_URL } from "../../playwright.config.ts";
import { CHECKER_CHUNK, hold, requests, serveEditedRules } from "./network.ts";
import { answerUntilResult, appTookOver, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

test("without JavaScript the first question is on the page, its Continue sends nothing to the server, and it says how to book", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUIZ_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");
  await expect(firstQuestion(page)).toContainText("Question 1 of up to 15");
  await page.getByRole("radio", { name: "Pain or an injury" }).check();
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
  // Continue looks and acts like a button, but the form is method="dialog": it submits nowhere.
  const requested = requests(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: "Pain or an injury" }).press("Enter");
  await page.waitForTimeout(500);
  expect(requested).toEqual([]);
  expect(page.url()).toBe(QUIZ_URL);
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
  // Chromium still parses <noscript> as text when scripts are merely switched off: read what it holds.
  const noscript = (await page.content()).match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? "";
  expect(noscript.replaceAll("&lt;", "<").replaceAll("&gt;", ">")).toMatch(/This quiz needs JavaScript\..*<a href="https:\/\/[^"]+">Book a free consult<\/a>/);
  await context.close();
});

test("an answer chosen before the script arrives is kept, and the page hydrates without errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  const release = await hold(page, /\/assets\/main-.*\.js$/);
  // The held script blocks the load event: don't wait for it.
  await page.goto("/", { waitUntil: "commit" });
  const choice = page.getByRole("radio", { name: "A fitness goal" });
  await choice.check();
  // Mark the pre-rendered element: hydration keeps it, a fresh render would replace it (a flash).
  await choice.evaluate((el) => { (el as unknown as { prerendered: boolean }).prerendered = true; });
  release();
  await appTookOver(page);
  // React has adopted this very element (its fiber is on it): hydrated, not replaced.
  await expect.poll(() => choice.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  await expect(choice).toBeChecked();
  expect(await choice.evaluate((el) => (el as unknown as { prerendered?: boolean }).prerendered)).toBe(true);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  expect(problems).toEqual([]);
});

test("a rules file replaced since the build corrects the first screen after loading", async ({ page }) => {
  await page.route("**/rules/care-quiz.json", async (route) => {
    const rules = await (await route.fetch()).json();
    rules.intro.heading = "Find the right care at Harbour Clinic";
    rules.questions[0].text = "What brings you to Harbour Clinic?";
    await route.fulfill({ json: rules });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find the right care at Harbour Clinic");
  await expect(page.getByRole("heading", { level: 2, name: /What brings you to Harbour Clinic\?/ })).toBeVisible();
  await appTookOver(page);
});

test("when the served rules are the ones the build checked, the rules checker is never downloaded", async ({ page }) => {
  const requested = requests(page);
  await page.goto("/");
  await startQuiz(page);
  await answerUntilResult(page, visitors.loseWeight);
  expect(requested.filter((url) => CHECKER_CHUNK.test(url))).toEqual([]);
});

test("a changed rules file is checked in full before anything is drawn from it; meanwhile the pre-rendered screen stays, holding a tick", async ({ page }) => {
  await serveEditedRules(page, (rules) => {
    rules.version = `${rules.version}-replaced`;
    rules.title = "Harbour Clinic quiz";
  });
  const release = await hold(page, CHECKER_CHUNK);
  await page.goto("/", { waitUntil: "commit" });
  const firstOption = page.locator("form fieldset input").first();
  await firstOption.check();
  await page.waitForTimeout(300);
  // Not checked yet: the pre-rendered first screen, and nothing drawn from the new file.
  await expect(page.getByRole("main", { name: "Harbour Clinic quiz" })).toHaveCount(0);
  await expect(page.locator("html[data-early]")).toHaveCount(1);
  release();
  await expect(page.getByRole("main", { name: "Harbour Clinic quiz" })).toBeVisible();
  await appTookOver(page);
  await expect(firstOption).toBeChecked();
});

test("a changed, broken rules file makes the browser download the checker, which refuses it before any of it is shown", async ({ page }) => {
  await serveEditedRules(page, (rules) => {
    rules.intro.heading = "Find the right care at Harbour Clinic";
    rules.outcomes[0].kind = "sometimes";
  });
  const requested = requests(page);
  const release = await hold(page, CHECKER_CHUNK);
  await page.goto("/", { waitUntil: "commit" });
  await expect.poll(() => requested.some((url) => CHECKER_CHUNK.test(url))).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
});

test("if the rules checker can't be loaded for a changed file, the visitor gets the calm screen, not a quiz stuck on question 1", async ({ page }) => {
  await serveEditedRules(page, (rules) => { rules.version = `${rules.version}-replaced`; });
  await page.route(CHECKER_CHUNK, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
  await expect(page.getByRole("link", { name: /Book a free consult/ })).toBeVisible();
});
