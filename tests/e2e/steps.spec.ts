/** Steps never wait for animation, so the next question is under the pointer at once: a double click must answer only one. */
import { expect, test } from "@playwright/test";
import { startQuiz } from "./quiz-driver.ts";

// Without motion, so what is under the pointer is the same at every moment.
test.use({ reducedMotion: "reduce" });

test("a double click on Continue answers question 1 only: its second click acts on nothing on question 2", async ({ page }) => {
  await page.goto("/");
  await startQuiz(page);
  await page.getByRole("radio", { name: "A fitness goal" }).check();
  const button = page.getByRole("button", { name: "Continue" });
  await button.scrollIntoViewIfNeeded();
  const old = (await button.boundingBox())!;
  await page.mouse.click(old.x + old.width / 2, old.y + old.height / 2);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");

  // The double click's second click (click count 2), where question 1's Continue was and
  // question 2 now has something to press — so the test fails if the click acts.
  const spot = await page.evaluate((box) => {
    for (let y = box.y + 2; y < box.y + box.height; y += 4) {
      for (let x = box.x + 2; x < box.x + box.width; x += 4) {
        if (document.elementFromPoint(x, y)?.closest("label, input, button")) return { x, y };
      }
    }
    return null;
  }, old);
  expect(spot, "question 2 has nothing to press where question 1's Continue was").not.toBeNull();
  await page.mouse.move(spot!.x, spot!.y);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await page.waitForTimeout(300);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator("form input:checked")).toHaveCount(0);
});
