/**
 * What an embedding page may learn and do. Pages whose origin the rules list by name
 * get step and outcome details (and answers, if the clinic opts in); with "*" any page
 * gets only answer-free lifecycle events that say nothing about health.
 */
import { expect, type Page, test } from "@playwright/test";
import { events, fakeBookingSites, HOST, type HostEvent, nonResize, withAllowedOrigins } from "./host-page.ts";
import { answerUntilResult, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

/** A visit to a care result followed by a booking click; returns what the host heard, resize aside. */
async function visitAndBook(page: Page): Promise<HostEvent[]> {
  await page.goto(`${HOST}/embed.html`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.heartConditionTraining);
  await frame.getByRole("link", { name: /Book a free consult/ }).click();
  await expect.poll(async () => (await nonResize(page)).at(-1)?.type).toBe("booking-click");
  const list = await nonResize(page);
  expect(list.every((e) => e.on === "quiz-1")).toBe(true);
  return list;
}

const steps = (list: HostEvent[]) => list.filter((e) => e.type === "step");
const only = (list: HostEvent[], type: string) => list.find((e) => e.type === type)!.detail;

test.beforeEach(({ context }) => fakeBookingSites(context));

test('with "*", the host page hears the visit\'s rhythm but no question ids, outcomes or answers', async ({ page }) => {
  const list = await visitAndBook(page);
  expect(list.map((e) => e.type)).toEqual(["ready", "started", ...steps(list).map(() => "step"), "completed", "booking-click"]);
  expect(only(list, "ready")).toEqual({ rulesVersion: expect.any(String) });
  expect(only(list, "started")).toEqual({ resumed: false });
  expect(steps(list).length).toBeGreaterThan(0);
  expect(steps(list).map((e) => e.detail)).toEqual(steps(list).map((_, i) => ({ index: i + 2 })));
  expect(only(list, "completed")).toEqual({});
  expect(only(list, "booking-click")).toEqual({});
  const resizes = (await events(page)).filter((e) => e.type === "resize");
  expect(resizes.length).toBeGreaterThan(2);
  expect(resizes.every((e) => typeof e.detail["height"] === "number")).toBe(true);
});

test("a page listed by name gets the documented details: question ids, the outcome, urgency and clearance", async ({ page }) => {
  await withAllowedOrigins(page, [HOST]);
  const list = await visitAndBook(page);
  const asked = Object.keys(visitors.heartConditionTraining).slice(1);
  expect(steps(list).map((e) => e.detail)).toEqual(asked.map((questionId, i) => ({ questionId, index: i + 2 })));
  expect(only(list, "completed")).toEqual({ outcome: "personal-training", urgent: false, clearance: true });
  expect(only(list, "booking-click")).toEqual({ outcome: "personal-training" });
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
test("with the allow-list's \"*\", neither answers nor the outcome are shared even when the page asks for answers", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?share-answers`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.loseWeight);
  await expect.poll(async () => (await nonResize(page)).at(-1)?.type).toBe("completed");
  expect((await nonResize(page)).at(-1)!.detail).toEqual({});
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
