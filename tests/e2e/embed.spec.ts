/** The quiz embedded in a clinic's page on another origin: sizing, events, security, theming. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { HOST_PORT, QUIZ_PORT } from "../../playwright.config.ts";
import { answerUntilResult, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

const HOST = `http://127.0.0.1:${HOST_PORT}`;
type HostEvent = { on: string; type: string; detail: Record<string, unknown> };
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: HostEvent[] }).events);
const nonResize = async (page: Page) => (await events(page)).filter((e) => e.type !== "resize");

async function withAllowedOrigins(page: Page, origins: string[]) {
  await page.context().route(`http://localhost:${QUIZ_PORT}/rules/care-quiz.json`, async (route) => {
    const rules = await (await route.fetch()).json();
    rules.embed = { allowedOrigins: origins };
    await route.fulfill({ json: rules });
  });
}

test.beforeEach(async ({ context }) => {
  // The example booking site doesn't exist; answer for it so new tabs have somewhere to land.
  await context.route("https://clinic.example/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Book</title>" }));
});

test("the README snippet sizes the iframe to every screen, growing and shrinking, and ends at the result's height", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?booking-url=https://clinic.example/book`);
  const iframe = page.locator("#quiz-1 iframe");
  const frame = page.frameLocator("#quiz-1 iframe");
  await expect(iframe).toHaveAttribute("title", "Which care fits me? quiz");
  const fits = async () => {
    const content = await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeCloseTo(content, 0);
    return content;
  };
  await startQuiz(frame);
  const intro = await fits();
  await frame.getByRole("radio", { name: "Pain or an injury" }).check();
  await frame.getByRole("button", { name: "Continue" }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  const question = await fits();
  await answerUntilResult(frame, visitors.ankleSprain);
  const result = await fits();
  expect(result).toBeGreaterThan(question);
  expect(question).not.toBe(intro); // the first screen (intro + question 1) and question 2 differ, and the frame followed
  // Back to a shorter screen: the iframe shrinks with it.
  await frame.getByRole("button", { name: "Back" }).click();
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Do any of these apply to you?");
  const shrunk = await fits();
  expect(shrunk).toBeLessThan(result);
  // No scrollbar inside the frame: the page, not the iframe, scrolls.
  expect(await frame.locator("html").evaluate((h) => h.scrollHeight - h.clientHeight)).toBeLessThanOrEqual(1);
});

test("after the quiz frame reloads, the handshake repeats and the height is right again", async ({ page }) => {
  await page.goto(`${HOST}/embed.html`);
  const iframe = page.locator("#quiz-1 iframe");
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await expect.poll(async () => (await nonResize(page)).filter((e) => e.type === "ready").length).toBe(1);
  await page.evaluate(() => { (window as unknown as { events: unknown[] }).events.length = 0; });
  // Setting src again (even to the same address) reloads the frame.
  await iframe.evaluate((el: HTMLIFrameElement) => { el.style.height = "50px"; el.setAttribute("src", el.getAttribute("src")!); });
  await expect.poll(async () => (await nonResize(page)).filter((e) => e.type === "ready").length).toBeGreaterThanOrEqual(1);
  const content = await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(content);
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

test("the booking link opens a new tab and leaves the frame where it is", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?booking-url=https://clinic.example/book/harbour`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.loseWeight);
  const link = frame.getByRole("link", { name: /Book a free consult/ });
  await expect(link).toHaveAttribute("target", "_blank");
  const [popup] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  expect(popup.url()).toBe("https://clinic.example/book/harbour?care=personal-training");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(/Personal training/);
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

test("two quizzes on one page are independent", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?count=2`);
  const first = page.frameLocator("#quiz-1 iframe");
  const second = page.frameLocator("#quiz-2 iframe");
  await expect(second.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
  await startQuiz(first);
  await first.getByRole("radio", { name: "A fitness goal" }).check();
  await first.getByRole("button", { name: "Continue" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  await expect.poll(async () => (await nonResize(page)).filter((e) => e.type === "started").map((e) => e.on)).toEqual(["quiz-1"]);
  await expect(second.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
  const readies = (await nonResize(page)).filter((e) => e.type === "ready").map((e) => e.on).sort();
  expect(readies).toEqual(["quiz-1", "quiz-2"]);
});

test("when a step changes while the iframe's top is scrolled away, the host scrolls it into view", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 500 });
  await page.goto(`${HOST}/embed.html?above=50`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await startQuiz(frame);
  await frame.getByRole("radio", { name: "A fitness goal" }).check();
  await page.evaluate(() => window.scrollBy(0, 400));
  expect(await page.locator("#quiz-1 iframe").evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
  await frame.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => page.locator("#quiz-1 iframe").evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-1);
});

test("theme settings apply as validated CSS variables, and unsafe values are refused", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?accent=%23ffd700&font=Georgia%2C%20serif&radius=14&theme=dark`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await expect(frame.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
  const vars = await frame.locator("html").evaluate((h) => ({
    accent: h.style.getPropertyValue("--cf-accent"),
    onAccent: h.style.getPropertyValue("--cf-accent-contrast"),
    radius: h.style.getPropertyValue("--cf-radius"),
    font: getComputedStyle(document.body).fontFamily,
    theme: h.dataset["theme"],
  }));
  // A light accent gets dark text, to keep contrast.
  expect(vars).toEqual({ accent: "#ffd700", onAccent: "#000000", radius: "14px", font: "Georgia, serif, system-ui, sans-serif", theme: "dark" });
  const axe = await new AxeBuilder({ page }).include("#quiz-1 iframe").withTags(["wcag2aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.goto(`${HOST}/embed.html?accent=red%3Bbackground%3Aurl(x)&font=x%3B%7D%20body%7Bdisplay%3Anone&radius=999`);
  const unsafe = page.frameLocator("#quiz-1 iframe");
  await expect(unsafe.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
  expect(await unsafe.locator("html").evaluate((h) => h.getAttribute("style"))).toBeNull();
});

test("theme=auto follows the visitor's system setting", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`${HOST}/embed.html?theme=auto`);
  const frame = page.frameLocator("#quiz-1 iframe");
  await expect(firstQuestion(frame)).toBeVisible();
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "light");
  await context.close();
});

test("the embed demo page has no accessibility violations and logs the quiz's events", async ({ page }) => {
  await page.goto("/embed-demo.html");
  const frame = page.frameLocator("#quiz iframe");
  await expect(frame.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
  await expect(page.locator("#log")).toContainText("ready");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("a plain iframe on another origin, without the loader, runs the whole quiz at a fixed height", async ({ page }) => {
  await page.goto(`${HOST}/plain-iframe.html`);
  const frame = page.frameLocator('iframe[title="Which care fits me? quiz"]');
  await startQuiz(frame);
  await answerUntilResult(frame, visitors.ankleSprain);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(/Physiotherapy/);
  expect((await page.locator("iframe").boundingBox())!.height).toBe(640);
  const book = frame.getByRole("link", { name: /Book a free consult/ });
  const [popup] = await Promise.all([page.waitForEvent("popup"), book.click()]);
  expect(popup.url()).toBe("https://clinic.example/book?care=physiotherapy");
});
