/**
 * Vignettes through the built quiz in Chromium, as a visitor would click them: every
 * urgent tier and each kind of care, from tests/vignettes/stories.json (the whole
 * suite runs through the engine in the unit tests).
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { Vignette } from "../vignettes/disposition.ts";
import { answerUntilResult, startQuiz } from "./quiz-driver.ts";

const stories = JSON.parse(readFileSync(new URL("../vignettes/stories.json", import.meta.url), "utf8")) as Vignette[];
const rules = JSON.parse(readFileSync(new URL("../../rules/care-quiz.json", import.meta.url), "utf8")) as {
  outcomes: { id: string; kind: string; title: string; action?: { label: string; href: string } }[];
};

/** Chosen to cover every urgent tier twice and every care outcome, with and without the doctor-first note. */
export const IN_THE_BROWSER = [
  "urgent-thunderclap-double-vision",
  "urgent-face-droop-words-funny",
  "urgent-saddle-numbness-after-moving-house",
  "urgent-grip-weakening-with-neck-pain",
  "urgent-ladder-fall-back-pain-walking",
  "urgent-basketball-ankle-cant-weight-bear",
  "urgent-prostate-cancer-history-legs-weaker",
  "urgent-lost-weight-without-trying-back-ache",
  "older-long-covid-crashes-after-effort",
  "older-74-fall-last-year-only",
  "msk-soil-bag-strain-prefers-hands-on",
  "msk-sciatica-prefers-chiropractor",
  "fitness-knee-surgery-four-months-discharged",
  "fitness-knee-surgery-four-months-rehab-not-finished",
];

for (const id of IN_THE_BROWSER) {
  const story = stories.find((s) => s.id === id);
  test(`vignette ${id}`, async ({ page }) => {
    expect(story, `${id} is in tests/vignettes/stories.json`).toBeDefined();
    const { expected, answers } = story!;
    const outcome = rules.outcomes.find((o) => o.id === expected.outcome)!;
    await page.goto("/");
    await startQuiz(page);
    const asked = await answerUntilResult(page, answers);
    // Every answer the story gives was asked for (e.g. "is your rehab finished?" after knee surgery).
    expect(asked.sort()).toEqual(Object.keys(answers).sort());
    await expect(page.getByRole("heading", { level: 1 })).toContainText(outcome.title);
    if (answers["preference"]?.includes("hands-on")) {
      // The stated preference is addressed on the result, whichever way it went.
      await expect(page.getByText(/^You said you'd prefer hands-on care\. /)).toBeVisible();
    }
    if (outcome.id === "call-911") await expect(page.getByText(/Don't drive yourself/)).toBeVisible();
    if (outcome.kind === "urgent") {
      await expect(page.getByRole("link", { name: outcome.action!.label })).toHaveAttribute("href", outcome.action!.href);
      await expect(page.getByRole("link", { name: /Book/ })).toHaveCount(0);
    } else {
      await expect(page.getByRole("region", { name: "Check with your doctor before you start" })).toHaveCount(expected.clearance ? 1 : 0);
      await expect(page.getByRole("link", { name: /Book a free consult/ })).toHaveAttribute("href", new RegExp(`care=${outcome.id}$`));
    }
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  });
}
