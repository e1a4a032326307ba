/** The result page as something to take away: one printed page with the result, the reasons and the answers. */
import { expect, type Page, test } from "@playwright/test";
import { answerUntilResult, startQuiz, visitors } from "./quiz-driver.ts";

/** Pages in a PDF written by Chromium (Skia writes each page as a plain `/Type /Page` object). */
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function expectOnePrintedPage(page: Page) {
  const pdf = await page.pdf({ format: "Letter", printBackground: false });
  expect(pageCount(pdf)).toBe(1);
  // What the printed page shows: the same layout, in print media.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Change/ }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save your summary" })).toBeHidden();
  await expect(page.getByText(/Made on /)).toBeVisible();
}

test("a care result prints on one page with the result, the answers and the booking address", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  await answerUntilResult(page, visitors.stiffBackHandsOn);
  await expectOnePrintedPage(page);
  await expect(page.getByText("https://clinic.example/book?care=chiropractic")).toBeVisible();
  await expect(page.getByText("Back (lower, middle or upper) or buttock")).toBeVisible();
});

test("an urgent result prints on one page with what to do, and what was answered", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  await answerUntilResult(page, visitors.saddleNumbness);
  await expectOnePrintedPage(page);
  await expect(page.getByRole("heading", { name: "What to do now" })).toBeVisible();
  await expect(page.getByText("Numbness or tingling between your legs, around your bottom or genitals")).toBeVisible();
});

test("Change beside an answer goes back to that question, and an unchanged answer returns to the result", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  await answerUntilResult(page, visitors.ankleSprain);
  await page.getByRole("button", { name: "Change — How long have you had it?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("How long have you had it?");
  await expect(page.getByRole("radio", { name: "Less than 6 weeks" })).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Physiotherapy/);
});
