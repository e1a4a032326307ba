/**
 * What an embedding page may learn and do: events, answers (only to origins listed by
 * name, when the clinic opts in), and commands (only from the page itself).
 */
import { expect, test } from "@playwright/test";
import { events, HOST, nonResize, withAllowedOrigins } from "./host-page.ts";
import { answerUntilResult, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

test.beforeEach(async ({ context }) => {
  await context.route("https://clinic.example/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Book</title>" }));
});

test("events arrive in order with the documented payloads and no answers", async ({ page }) => {
  await page.goto(`${HOST}/embed.html`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.heartConditionTraining);
  await frame.getByRole("link", { name: /Book a free consult/ }).click();
  await expect.poll(async () => (await nonResize(page)).map((e) => e.type)).toEqual([
    "ready", "started", "step", "step", "step", "step", "step", "step", "completed", "booking-click",
  ]);
  const list = await nonResize(page);
  expect(list.every((e) => e.on === "quiz-1")).toBe(true);
  expect(list[0]!.detail).toEqual({ rulesVersion: expect.any(String) });
  expect(list[1]!.detail).toEqual({ resumed: false });
  expect(list.slice(2, 8).map((e) => e.detail)).toEqual([
    { questionId: "emergency-check", index: 2 },
    { questionId: "conditions", index: 3 },
    { questionId: "goals", index: 4 },
    { questionId: "falls", index: 5 },
    { questionId: "readiness", index: 6 },
    { questionId: "format", index: 7 },
  ]);
  expect(list[8]!.detail).toEqual({ outcome: "personal-training", urgent: false, clearance: true });
  expect(list[9]!.detail).toEqual({ outcome: "personal-training" });
  const resizes = (await events(page)).filter((e) => e.type === "resize");
  expect(resizes.length).toBeGreaterThan(2);
  expect(resizes.every((e) => typeof e.detail["height"] === "number")).toBe(true);
});
test("answers reach the host page only when the clinic opts in and lists the page's origin", async ({ page }) => {
  await withAllowedOrigins(page, [HOST]);
  await page.goto(`${HOST}/embed.html?share-answers`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.loseWeight);
  await expect.poll(async () => (await nonResize(page)).at(-1)?.type).toBe("completed");
  expect((await nonResize(page)).at(-1)!.detail["answers"]).toEqual([
    { question: "reason", options: ["fitness-goal"] },
    { question: "emergency-check", options: ["none"] },
    { question: "conditions", options: ["none"] },
    { question: "goals", options: ["weight"] },
    { question: "falls", options: ["none"] },
    { question: "readiness", options: ["none"] },
    { question: "format", options: ["one-on-one"] },
  ]);
});
test("with the allow-list's \"*\", answers are never shared even when the page asks", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?share-answers`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.loseWeight);
  await expect.poll(async () => (await nonResize(page)).at(-1)?.type).toBe("completed");
  expect((await nonResize(page)).at(-1)!.detail).toEqual({ outcome: "personal-training", urgent: false, clearance: false });
});
test("a page whose origin the clinic does not allow gets no events and cannot command the quiz", async ({ page }) => {
  await withAllowedOrigins(page, ["https://www.harbour-clinic.example"]);
  await page.goto(`${HOST}/embed.html`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await frame.getByRole("radio", { name: "A fitness goal" }).check();
  await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  await page.evaluate(() => (window as unknown as { CareFit: { restart: () => void } }).CareFit.restart());
  await page.waitForTimeout(300);
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  expect(await events(page)).toEqual([]);
});
test("a forged message from another origin changes nothing; the host page's own restart works", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?forger`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await frame.getByRole("radio", { name: "A fitness goal" }).check();
  await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  const forger = page.frames().find((f) => f.url().endsWith("/forger.html"))!;
  await forger.evaluate(() => { (window as unknown as { forge: (t: string) => void }).forge("restart"); });
  // The host page itself sending garbage is ignored too.
  await page.evaluate(() => {
    const quiz = document.querySelector<HTMLIFrameElement>("#quiz-1 iframe")!.contentWindow!;
    quiz.postMessage({ source: "carefit", version: 1, instance: "carefit-1", type: "restart", payload: { evil: "<img src=x>" } }, "*");
    quiz.postMessage({ type: "restart" }, "*");
    quiz.postMessage({ source: "carefit", version: 1, instance: "carefit-1", type: "config", payload: { accent: "red;background:url(//evil)" } }, "*");
  });
  await page.waitForTimeout(300);
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  expect(await frame.locator("html").evaluate((h) => h.style.getPropertyValue("--cf-accent"))).toBe("");
  // Positive control: the real host page's restart is obeyed.
  await page.evaluate(() => (window as unknown as { CareFit: { restart: () => void } }).CareFit.restart());
  await expect(firstQuestion(frame)).toBeVisible();
  await expect(frame.getByRole("checkbox")).toHaveCount(0);
});
