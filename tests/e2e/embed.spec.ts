/** The quiz inside a clinic's page on another origin, embedded with a plain iframe. */
import { expect, test } from "@playwright/test";
import { HOST_PORT } from "../../playwright.config.ts";
import { answerUntilResult, startQuiz, visitors } from "./quiz-driver.ts";

test("a plain iframe on another origin runs the whole quiz, and booking opens a new tab", async ({ page, context }) => {
  // The example booking site doesn't exist; answer for it so the new tab has somewhere to land.
  await context.route("https://clinic.example/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Book</title>" }));
  await page.goto(`http://127.0.0.1:${HOST_PORT}/plain-iframe.html`);
  const frame = page.frameLocator('iframe[title="Which care fits me? quiz"]');
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.ankleSprain);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(/Physiotherapy/);
  const book = frame.getByRole("link", { name: /Book a free consult/ });
  await expect(book).toHaveAttribute("target", "_blank");
  const [popup] = await Promise.all([page.waitForEvent("popup"), book.click()]);
  expect(popup.url()).toBe("https://clinic.example/book?care=physiotherapy");
  await popup.close();
  // The host page itself is untouched.
  await expect(page.getByRole("heading", { level: 1, name: "Our clinic" })).toBeVisible();
});
