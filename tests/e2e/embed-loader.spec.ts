/** The loader's page-wide API on pages that change: containers removed, put back or added later. */
import { expect, type Page, test } from "@playwright/test";
import { HOST, nonResize } from "./host-page.ts";
import { firstQuestion, startQuiz, visitors } from "./quiz-driver.ts";

type CareFit = { restart: () => void; scan: () => void };
const restart = (page: Page) => page.evaluate(() => (window as unknown as { CareFit: CareFit }).CareFit.restart());
const scan = (page: Page) => page.evaluate(() => (window as unknown as { CareFit: CareFit }).CareFit.scan());

/** `ready` events heard from a container's quiz (one or two per load: on connecting, and in reply to the loader). */
async function readies(page: Page, on: string) {
  return (await nonResize(page)).filter((e) => e.type === "ready" && e.on === on).length;
}

test("CareFit.restart() skips a container removed from the page and still restarts the others", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?count=2`);
  const second = page.frameLocator("#quiz-2 iframe");
  await startQuiz(second);
  await second.locator(`input[value="${visitors.loseWeight.reason[0]}"]`).check();
  await second.getByRole("button", { name: "Continue" }).click();
  await expect(firstQuestion(second)).toHaveCount(0);
  await page.evaluate(() => document.getElementById("quiz-1")!.remove());
  await restart(page);
  await expect(firstQuestion(second)).toBeVisible();
});

test("a removed container is forgotten: nothing keeps it in memory once the loader looks again", async ({ page }) => {
  await page.goto(`${HOST}/embed.html?count=2`);
  await expect.poll(() => readies(page, "quiz-1")).toBeGreaterThan(0);
  await page.evaluate(() => {
    const el = document.getElementById("quiz-1")!;
    (window as unknown as { gone: WeakRef<Element> }).gone = new WeakRef(el);
    el.remove();
  });
  await restart(page);
  const cdp = await page.context().newCDPSession(page);
  await expect.poll(async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    return page.evaluate(() => (window as unknown as { gone: WeakRef<Element> }).gone.deref() === undefined);
  }).toBe(true);
});

test("CareFit.scan() starts containers added later, and one put back after it was removed starts afresh", async ({ page }) => {
  await page.goto(`${HOST}/embed.html`);
  await expect.poll(() => readies(page, "quiz-1")).toBeGreaterThan(0);
  await page.evaluate(() => {
    const late = document.createElement("div");
    late.id = "quiz-late";
    late.setAttribute("data-carefit-quiz", "");
    document.querySelector("main")!.append(late);
  });
  await scan(page);
  await startQuiz(page.frameLocator("#quiz-late iframe"));
  await expect.poll(() => readies(page, "quiz-late")).toBeGreaterThan(0);
  const before = await readies(page, "quiz-1");

  await page.evaluate(() => {
    const el = document.getElementById("quiz-1")!;
    el.remove();
    (window as unknown as { removed: Element }).removed = el;
  });
  await scan(page);
  await page.evaluate(() => document.querySelector("main")!.append((window as unknown as { removed: Element }).removed));
  await scan(page);
  await expect(page.locator("#quiz-1 iframe")).toHaveCount(1);
  await startQuiz(page.frameLocator("#quiz-1 iframe"));
  await expect.poll(() => readies(page, "quiz-1")).toBeGreaterThan(before);
});
