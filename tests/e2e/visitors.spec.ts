import { expect, test } from "@playwright/test";
import { answerUntilResult, appTookOver, currentQuestion, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
});

test("a fresh sports ankle sprain is pointed to physiotherapy, with a booking link that carries it", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.ankleSprain);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Physiotherapy/);
  await expect(page.getByText("Your pain started with an injury, like a sprain or strain")).toBeVisible();
  const book = page.getByRole("link", { name: /Book a free consult/ });
  await expect(book).toHaveAttribute("href", "https://clinic.example/book?care=physiotherapy");
  await expect(book).toHaveAttribute("target", "_blank");
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText("not be interpreted as medical advice");
});

test("someone who wants to lose weight, with no pain or readiness flags, is pointed to personal training", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.loseWeight);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Personal training/);
  await expect(page.getByText("Check with your doctor before you start")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Book a free consult/ })).toHaveAttribute("href", /care=personal-training$/);
});

test("back pain with saddle numbness ends in the urgent result, with no booking offered", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.saddleNumbness);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Go to an emergency department today/);
  await expect(page.getByText("You have numbness or tingling between your legs or around your bottom")).toBeVisible();
  await expect(page.getByRole("link", { name: /Book/ })).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
});

test("chest pain tells the visitor to call 911 now, and not to drive", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, { reason: ["fitness-goal"], "emergency-check": ["chest-pain"] });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Call 911 now/);
  await expect(page.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expect(page.getByText(/Don't drive yourself/)).toBeVisible();
});

test("wanting to train with a heart condition gives personal training with the clearance note first, right under the heading", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.heartConditionTraining);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Personal training/);
  const note = page.getByRole("region", { name: "Check with your doctor before you start" });
  await expect(note).toContainText("You have a heart condition or high blood pressure");
  // Under the heading that takes focus (so a screen reader reads it next), above the reasons and the booking box.
  const noteBox = await note.boundingBox();
  const headingBox = await page.getByRole("heading", { level: 1 }).boundingBox();
  const reasonsBox = await page.getByRole("region", { name: "Why we suggest this" }).boundingBox();
  const bookingBox = await page.getByRole("region", { name: "Next step: a free consult" }).boundingBox();
  expect(noteBox!.y).toBeGreaterThan(headingBox!.y);
  expect(noteBox!.y).toBeLessThan(reasonsBox!.y);
  expect(noteBox!.y).toBeLessThan(bookingBox!.y);
});

test("a stiff back and a preference for hands-on adjustment is pointed to chiropractic care", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.stiffBackHandsOn);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Chiropractic care/);
  await expect(page.getByText("You said you'd prefer hands-on care. Chiropractic care suits back or neck pain like yours", { exact: false })).toBeVisible();
});

test("going back and changing an answer changes the result", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.stiffBackHandsOn);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Chiropractic care/);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("checkbox", { name: "None of these" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Hands-on care, such as spinal adjustment" })).toBeChecked();
  await page.getByRole("radio", { name: "Guided exercise that I can keep doing myself" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  // A changed answer leaves the old branch: the next question is asked afresh, nothing preselected.
  await expect(page.getByRole("checkbox", { name: "None of these" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We suggest\s*Physiotherapy/);
});

test("a reload offers one clear choice, continue where the visitor left off or start again, and nothing else to answer", async ({ page }) => {
  await startQuiz(page);
  await page.getByRole("radio", { name: "Pain or an injury" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Where does it hurt the most?");
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Where does it hurt the most?");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 of up to");
  await page.reload();
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("What brings you here today?");
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).not.toBeChecked();
  await page.reload();
  await expect(firstQuestion(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
});

test("a finished visit reloads to the same result", async ({ page }) => {
  await startQuiz(page);
  await answerUntilResult(page, visitors.loseWeight);
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Personal training/);
});

test("clear my answers removes them from this device", async ({ page }) => {
  await startQuiz(page);
  await page.getByRole("radio", { name: "A fitness goal" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  expect(await page.evaluate(() => localStorage.getItem("carefit-progress"))).toContain("fitness-goal");
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await expect(firstQuestion(page)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("carefit-progress"))).not.toContain("fitness-goal");
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
});

test("corrupted or outdated saved progress is discarded without breaking the page", async ({ page }) => {
  for (const junk of ["{not json", JSON.stringify({ state: { rulesVersion: "old", log: [{ question: "reason", options: ["fitness-goal"] }] }, version: 1 }), JSON.stringify({ state: { log: "x" } })]) {
    await page.evaluate((value) => localStorage.setItem("carefit-progress", value), junk);
    await page.reload();
    await expect(firstQuestion(page)).toBeVisible();
    await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
  }
});

test("saved progress older than 24 hours is not offered, and is deleted from the device", async ({ page }) => {
  const { version } = await (await page.request.get("/rules/care-quiz.json")).json();
  const saved = (hoursAgo: number) => JSON.stringify({
    state: { rulesVersion: version, log: [{ question: "reason", options: ["fitness-goal"] }], startedAt: Date.now() - hoursAgo * 3_600_000 },
    version: 2,
  });
  await page.evaluate((value) => localStorage.setItem("carefit-progress", value), saved(23));
  await page.reload();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  await page.evaluate((value) => localStorage.setItem("carefit-progress", value), saved(25));
  await page.reload();
  await expect(firstQuestion(page)).toBeVisible();
  await appTookOver(page);
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("carefit-progress"))).not.toContain("fitness-goal");
});

test("Continue without an answer shows an error that links to the first option", async ({ page }) => {
  await startQuiz(page);
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Select an answer to continue.");
  await summary.getByRole("link").click();
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeFocused();
  expect(await currentQuestion(page)).toBe("reason");
});

test("None of these clears the other choices, and a choice clears None of these", async ({ page }) => {
  await startQuiz(page);
  await page.getByRole("radio", { name: "A fitness goal" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click(); // emergency-check is multiple choice
  await expect(page.getByRole("alert")).toContainText("Select at least one answer");
  await page.getByRole("checkbox", { name: "Fainting or passing out" }).check();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await expect(page.getByRole("checkbox", { name: "Fainting or passing out" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "Shortness of breath while resting" }).check();
  await expect(page.getByRole("checkbox", { name: "None of these" })).not.toBeChecked();
});

test("the quiz's own page names the clinic and its privacy promise; a tap anywhere on a choice's row selects it, shown by more than colour", async ({ page }) => {
  await expect(page.getByRole("banner")).toContainText("Example Health & Fitness Clinic");
  await expect(page.getByRole("contentinfo")).toContainText("your answers stay on this device");
  await startQuiz(page);
  const choice = page.locator(".choice", { has: page.getByRole("radio", { name: "Pain or an injury" }) });
  const box = (await choice.boundingBox())!;
  const edge = () => choice.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(await edge()).toBe("none");
  // The far right of the row, well away from the native control and the words.
  await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
  await expect(page.getByRole("radio", { name: "Pain or an injury" })).toBeChecked();
  // Selected: a doubled border as well as the tint, so colour isn't the only sign.
  expect(await edge()).toContain("inset");
});

test("progress counts up one question at a time and its 'of up to' total never grows, on a long path", async ({ page }) => {
  await startQuiz(page);
  const script: Record<string, string[]> = { ...visitors.stiffBackHandsOn };
  const seen: [number, number][] = [];
  for (let i = 0; i < 20; i++) {
    const caption = page.locator("form .caption");
    if ((await page.locator("article.result h1").count()) > 0) break;
    const match = /Question (\d+) of up to (\d+)/.exec((await caption.textContent()) ?? "");
    expect(match).not.toBeNull();
    seen.push([Number(match![1]), Number(match![2])]);
    const id = (await currentQuestion(page))!;
    for (const option of script[id]!) await page.locator(`input[name="${id}"][value="${option}"]`).check();
    const heading = (await page.locator("form h1, form h2").first().textContent()) ?? "";
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("form h1, form h2, article.result h1").first()).not.toHaveText(heading);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Chiropractic/);
  expect(seen.length).toBeGreaterThan(8);
  seen.forEach(([number, total], i) => {
    expect(number).toBe(i + 1);
    if (i > 0) expect(total).toBeLessThanOrEqual(seen[i - 1]![1]);
    expect(total).toBeGreaterThanOrEqual(seen.length);
  });
});
