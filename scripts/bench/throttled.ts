/**
 * The visitor the browser benchmark plays: a mid-range phone on a slow link. A fresh
 * context per page load (cold cache, no saved progress), 390×844, 4× CPU throttling,
 * 1.6 Mbps down / 750 kbps up with 150 ms round trips, all through the DevTools protocol.
 */
import type { Browser, Page } from "@playwright/test";

export async function throttledPage(browser: Browser, probe: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript({ content: probe });
  return { page, close: () => context.close() };
}

/** Waits for a value the probe writes in the page, and returns it; says what the page shows if it never comes. */
export async function probed<T>(page: Page, expression: string, what: string): Promise<T> {
  try {
    await page.waitForFunction(`(${expression}) !== undefined`, null, { timeout: 60_000 });
  } catch (error) {
    throw new Error(`${page.url()}: no ${what} (${(error as Error).message}); page shows: ${(await page.content()).slice(0, 400)}`);
  }
  return page.evaluate(expression) as Promise<T>;
}
