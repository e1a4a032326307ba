/** axe scans of every kind of screen, plus the things axe can't see: keyboard use, zoom, narrow screens, motion. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { QUIZ_URL } from "../../playwright.config.ts";
import { answerUntilResult, startQuiz, visitors } from "./quiz-driver.ts";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The animation code loads in the background while a visitor reads question 1; wait for it as they would. */
async function animationCodeLoaded(page: Page) {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.includes("AnimatedSteps")))).toBe(true);
  await page.waitForTimeout(200);
}

test.describe("axe finds no violations", () => {
  test("on the first screen (introduction and question 1)", async ({ page }) => {
    await page.goto("/");
    await startQuiz(page);
    await expectNoAxeViolations(page);
  });

  test("on a single-choice and a multiple-choice question, with and without an error", async ({ page }) => {
    await page.goto("/");
    await startQuiz(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("radio", { name: "A fitness goal" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("checkbox", { name: "None of these" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on the resume prompt", async ({ page }) => {
    await page.goto("/");
    await startQuiz(page);
    await page.getByRole("radio", { name: "A fitness goal" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("checkbox", { name: "None of these" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  const results = {
    physiotherapy: visitors.ankleSprain,
    "personal training": visitors.loseWeight,
    "personal training with the clearance note": visitors.heartConditionTraining,
    "chiropractic care": visitors.stiffBackHandsOn,
    "emergency department today": visitors.saddleNumbness,
    "call 911 now": { reason: ["fitness-goal"], "emergency-check": ["chest-pain"] },
    "medical care today": { ...visitors.ankleSprain, "injury-check": ["cannot-bear-weight"] },
    "see a doctor in the next few days": { ...visitors.ankleSprain, "pain-red-flags": ["night-pain"] },
  };
  for (const [name, script] of Object.entries(results)) {
    test(`on the ${name} result`, async ({ page }) => {
      await page.goto("/");
      await startQuiz(page);
      await answerUntilResult(page, script);
      await expectNoAxeViolations(page);
    });
  }
});

test("the whole quiz works with the keyboard alone, and focus lands on each new question", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  const heading = page.getByRole("heading", { level: 1 });

  // The language switch comes first, above the quiz; then Tab into the radio group,
  // where arrows move the choice but never move on.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Français" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "A fitness goal" })).toBeChecked();
  await expect(heading).toHaveText("Which care fits me?");
  await page.keyboard.press("Enter"); // Enter in a form submits: the explicit Continue.
  await expect(heading).toContainText("Do you have any of these");
  await expect(heading).toBeFocused();

  // Checkboxes: Space toggles.
  for (let i = 0; i < 7; i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "None of these" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("Do you live with any of these long-term conditions?");
  await page.getByRole("checkbox", { name: "None of these" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("What would you like to work on?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // "Losing weight"
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("Do any of these apply to you?");
  await page.getByRole("checkbox", { name: "None of these" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("Before you become more active");
  await page.getByRole("checkbox", { name: "None of these" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("How would you like to train?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(heading).toHaveText(/We suggest\s*Personal training/);
  await expect(heading).toBeFocused();

  // Shift+Tab reaches Back; Enter goes back to the last question with its answer kept.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Back" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading).toContainText("How would you like to train?");
  await expect(page.getByRole("checkbox", { name: "One-on-one with a trainer" })).toBeChecked();
});

test("fits a 320 px wide screen without sideways scrolling, on every kind of screen", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(QUIZ_URL);
  const noSideScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await noSideScroll();
  await startQuiz(page);
  await noSideScroll();
  await answerUntilResult(page, visitors.heartConditionTraining);
  await noSideScroll();
  await page.close();
});

test("reflows at 200% zoom (a 1280 px window seen as 640 CSS px) with controls still usable", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  await page.goto(QUIZ_URL);
  await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
  await startQuiz(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  await page.getByRole("radio", { name: "A long-term health condition" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  await page.close();
});

/**
 * Records, every frame for a second, the transform and opacity of the screens on show,
 * starting before the visitor's Continue — so a short animation can't slip past unseen.
 */
async function framesAroundContinue(page: Page): Promise<string[]> {
  await page.getByRole("radio", { name: "A fitness goal" }).check();
  await page.evaluate(() => {
    const w = window as unknown as { frames_: string[] };
    w.frames_ = [];
    const start = performance.now();
    const tick = () => {
      for (const el of document.querySelectorAll(".step")) {
        const style = getComputedStyle(el);
        w.frames_.push(`${style.transform}|${style.opacity}`);
      }
      if (performance.now() - start < 1000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  await page.waitForTimeout(1100);
  return page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
}

test("under prefers-reduced-motion the next screen appears without movement", async ({ browser }) => {
  const page = await browser.newPage({ reducedMotion: "reduce" });
  await page.goto(QUIZ_URL);
  await startQuiz(page);
  await animationCodeLoaded(page);
  const frames = await framesAroundContinue(page);
  expect(frames.length).toBeGreaterThan(10);
  expect(frames.filter((f) => f !== "none|1")).toEqual([]);
  await page.close();
});

test("with motion allowed, steps do animate (so the reduced-motion test can fail)", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  await animationCodeLoaded(page);
  const frames = await framesAroundContinue(page);
  expect(frames.some((f) => f !== "none|1")).toBe(true);
});
