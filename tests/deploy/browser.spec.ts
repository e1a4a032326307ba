/**
 * The production build as nginx serves it, with the shipped headers, in Chromium: a visitor,
 * a clinic's page on another origin, the staff preview and the embed demo, each with zero
 * Content-Security-Policy violations — and the policy really refuses what it should.
 */
import { answerUntilResult, startQuiz, visitors } from "../e2e/quiz-driver.ts";
import { CLINIC_ORIGIN, UNLISTED_ORIGIN } from "../../playwright.deploy.config.ts";
import { editorText, openStudio, pasteText } from "../e2e/studio-driver.ts";
import { expect, test } from "./csp.ts";
import { fr } from "../../src/ui/strings/fr.ts";
import { enResult } from "../../src/ui/strings/result-en.ts";
import { frResult } from "../../src/ui/strings/result-fr.ts";

test("a visitor walks to a result, with the step animations and a theme from the address", async ({ page }) => {
  await page.goto("/?accent=%23aa0000");
  await startQuiz(page);
  await answerUntilResult(page, visitors.ankleSprain);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Physiotherapy");
  // With its details, from the result texts fetched at idle (connect-src 'self').
  await expect(page.getByRole("heading", { name: enResult.whyWeSuggest })).toBeVisible();
  // Theme variables and animation frames are set from script (CSSOM): no 'unsafe-inline' needed.
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue("--cf-accent"))).toBe("#aa0000");
  await expect(page.locator(".step")).toHaveAttribute("style", /transform/);
});

test("the French page is served at fr/: a visit to a result in French, its inline code allowed by hash, and the switch back to English", async ({ page }) => {
  await page.goto("/fr/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Quels soins me conviennent/);
  await answerUntilResult(page, visitors.ankleSprain, fr.continue);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Physiothérapie");
  await expect(page.getByRole("heading", { name: frResult.whyWeSuggest })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Physiotherapy");
});

test("the clinic's page on another origin embeds the quiz, sized and themed, to a result", async ({ page }) => {
  await page.goto(`${CLINIC_ORIGIN}/embed.html?accent=%23aa0000`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.ankleSprain);
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Physiotherapy");
  await expect(frame.getByRole("button", { name: "Continue" }).or(frame.getByRole("link", { name: /Book a free consult/ }))).toHaveCSS("background-color", "rgb(170, 0, 0)");
  const types = () => page.evaluate(() => (window as unknown as { events: { type: string }[] }).events.map((e) => e.type));
  await expect.poll(types).toContain("completed");
  const content = await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  await expect.poll(async () => Math.round((await page.locator("#quiz-1 iframe").boundingBox())!.height)).toBe(content);
});

test("a page on an origin the clinic did not list can't show the quiz in a frame", async ({ page, csp }) => {
  csp.expect(/frame-ancestors/);
  await page.goto(`${UNLISTED_ORIGIN}/embed.html`);
  await expect(page.locator("#quiz-1 iframe")).toBeAttached();
  await expect.poll(() => csp.violations.join("\n")).toMatch(/frame-ancestors/);
  await expect(page.frameLocator("#quiz-1 iframe").getByRole("heading", { name: "Which care fits me?" })).toHaveCount(0);
});

test("the staff studio: the editor (styled in its shadow root), a located error, a fix, the quiz, the map, the path walk in its worker", async ({ page }) => {
  test.slow(); // the path walk over the default rules, in its worker, on a busy machine
  await openStudio(page);
  await expect(page.getByRole("status")).toHaveText(/^0 errors/);
  // CodeMirror's own styles applied (a constructed stylesheet): its gutter sits beside the text.
  await expect(page.locator(".cm-gutters")).toHaveCSS("display", "flex");
  const good = await editorText(page);
  await pasteText(page, good.replace('"start": "reason"', '"start": "reasons"'));
  // The problem's button scrolls the editor to it (CodeMirror draws only the lines in view).
  await page.getByRole("button", { name: /start: "reasons" is not a question id/ }).click();
  await expect(page.locator(".cm-lintRange-error")).toHaveText('"reasons"');
  // Underlines and gutter markers are plain CSS here (the library's own are data: images, refused).
  await page.getByRole("button", { name: /call-911" has not been reviewed/ }).click();
  await expect(page.locator(".cm-lint-marker-warning").first()).toBeVisible();
  await expect(page.locator(".cm-lintRange-warning").first()).toHaveCSS("text-decoration-style", "wavy");
  await pasteText(page, good.replace('"heading": "Which care fits me?"', '"heading": "Find your care"'));
  await expect(page.getByRole("status")).toHaveText(/^0 errors/);
  const quiz = page.getByRole("region", { name: "Try it" });
  await expect(quiz.getByRole("heading", { level: 1 })).toHaveText("Find your care");
  await quiz.getByRole("radio", { name: "A fitness goal" }).check();
  await quiz.getByRole("button", { name: "Continue" }).click();
  await expect(quiz.getByRole("heading", { level: 1 })).not.toHaveText("Find your care");
  await expect(page.getByRole("region", { name: "Map" }).locator('[data-node="reason"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Paths" })).toContainText(/paths.*\. The longest asks/, { timeout: 170_000 });
});

test("the embed demo page on the quiz's host works: its inline script and style are allowed by hash", async ({ page }) => {
  await page.goto("/embed-demo.html");
  await startQuiz(page.frameLocator("#quiz iframe"));
  await expect(page.locator("#log")).toContainText("ready");
});

test("when the rules file is missing, the 'being updated' screen shows", async ({ page }) => {
  await page.route("**/rules/care-quiz.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
});

test("the policy refuses injected inline code, and the listener reports it", async ({ page, csp }) => {
  // Each refusal arrives twice: as the event and as Chromium's console message.
  csp.expect(/script-src-elem|inline script/);
  csp.expect(/style-src-attr|inline style/);
  await page.goto("/");
  await startQuiz(page);
  const applied = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
    document.body.setAttribute("style", "margin-left: 77px");
    return { script: "injected" in window, style: getComputedStyle(document.body).marginLeft === "77px" };
  });
  expect(applied).toEqual({ script: false, style: false });
  await expect.poll(() => csp.violations.length).toBeGreaterThanOrEqual(4);
});
