/** The quiz embedded in a clinic's page on another origin: sizing, handshake, theming, several quizzes, plain iframes. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { fakeBookingSites, HOST, nonResize } from "./host-page.ts";
import { answerUntilResult, firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

test.beforeEach(({ context }) => fakeBookingSites(context));

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
  // The host page says who it is: the quiz's own header and footer stay out of the frame.
  await expect(frame.getByText("Example Health & Fitness Clinic").filter({ visible: true })).toHaveCount(0); // header and footer both
  await expect(frame.getByRole("banner")).toHaveCount(0);
  await expect(frame.getByRole("contentinfo")).toHaveCount(0);
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
  // Each quiz said ready. It may say so twice: once when it connects, and again if the loader's
  // request-state (sent on the frame's load event) arrives after that — which comes first is timing.
  const readies = new Set((await nonResize(page)).filter((e) => e.type === "ready").map((e) => e.on));
  expect([...readies].sort()).toEqual(["quiz-1", "quiz-2"]);
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
