/**
 * Where the booking button goes can't be redirected: neither the quiz's own address
 * nor a message changes it, unless the embedding page's origin is listed by name in
 * the rules' embed.allowedOrigins (the loader passes its data-booking-url then).
 */
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { fakeBookingSites, HOST, withAllowedOrigins } from "./host-page.ts";
import { answerUntilResult, startQuiz, visitors } from "./quiz-driver.ts";

const EVIL = "https://evil.example/x";

/** Walks to a care result and returns the booking link. */
async function bookingLink(scope: Page | FrameLocator) {
  await startQuiz(scope);
  await answerUntilResult(scope, visitors.loseWeight);
  return scope.getByRole("link", { name: /Book a free consult/ });
}

/** Matches a link to the booking page of the rules the build shipped (with the outcome appended). */
async function rulesBookingPage(page: Page): Promise<RegExp> {
  const url: string = (await (await page.request.get("/rules/care-quiz.json")).json()).booking.url;
  return new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\?`);
}

/** The quiz's console warnings, from inside its frame: proof that a message arrived and was refused. */
function warnings(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => { if (m.type() === "warning") seen.push(m.text()); });
  return seen;
}

test.beforeEach(({ context }) => fakeBookingSites(context));

test("a booking address in the quiz's own URL is ignored: the phishing link keeps the clinic's booking page", async ({ page }) => {
  await page.goto(`/?booking=${encodeURIComponent(EVIL)}`);
  const link = await bookingLink(page);
  await expect(link).toHaveAttribute("href", await rulesBookingPage(page));
});

test("a booking address in the URL of a frame on a page listed by name is ignored too (a URL can claim any host)", async ({ page }) => {
  await withAllowedOrigins(page, [HOST]);
  const query = new URLSearchParams({ embed: "1", instance: "carefit-1", host: HOST, booking: EVIL });
  await page.goto(`${HOST}/plain-iframe.html?${query}`);
  const link = await bookingLink(page.frameLocator("iframe"));
  await expect(link).toHaveAttribute("href", await rulesBookingPage(page));
});

test("a page listed by name sets the booking link with data-booking-url; it opens in a new tab and leaves the frame where it is", async ({ page }) => {
  await withAllowedOrigins(page, [HOST]);
  await page.goto(`${HOST}/embed.html?booking-url=https://clinic.example/book/harbour`);
  const frame = page.frameLocator("#quiz-1 iframe");
  const link = await bookingLink(frame);
  await expect(link).toHaveAttribute("target", "_blank");
  const [popup] = await Promise.all([page.waitForEvent("popup"), link.click()]);
  expect(popup.url()).toBe("https://clinic.example/book/harbour?care=personal-training");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(/Personal training/);
});

test('with "*", any page may embed the quiz but its data-booking-url is ignored', async ({ page }) => {
  const warned = warnings(page);
  await page.goto(`${HOST}/embed.html?booking-url=${encodeURIComponent(EVIL)}`);
  await expect.poll(() => warned.join("\n")).toContain("ignored the page's booking link (only pages listed by name");
  const link = await bookingLink(page.frameLocator("#quiz-1 iframe"));
  await expect(link).toHaveAttribute("href", await rulesBookingPage(page));
});

test("even a page listed by name can't set an address with user-info (https://clinic.example@evil.example goes to evil.example)", async ({ page }) => {
  await withAllowedOrigins(page, [HOST]);
  const warned = warnings(page);
  await page.goto(`${HOST}/embed.html?booking-url=${encodeURIComponent("https://clinic.example@evil.example/book")}`);
  await expect.poll(() => warned.join("\n")).toContain("ignored the page's booking link (it is not a plain https:// address)");
  const link = await bookingLink(page.frameLocator("#quiz-1 iframe"));
  await expect(link).toHaveAttribute("href", await rulesBookingPage(page));
});
