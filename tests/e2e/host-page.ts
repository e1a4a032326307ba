/** The stand-in clinic page (tests/e2e/host-server.mjs) that embeds the quiz, and what it hears from it. */
import type { BrowserContext, Page } from "@playwright/test";
import { HOST_PORT, QUIZ_PORT } from "../../playwright.config.ts";

export const HOST = `http://127.0.0.1:${HOST_PORT}`;

export type HostEvent = { on: string; type: string; detail: Record<string, unknown> };

/** Every `carefit:*` DOM event the host page received, in order. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { events: HostEvent[] }).events);
export const nonResize = async (page: Page) => (await events(page)).filter((e) => e.type !== "resize");

/** Serves the quiz's rules with this `embed.allowedOrigins`. */
export async function withAllowedOrigins(page: Page, origins: string[]) {
  await page.context().route(`http://localhost:${QUIZ_PORT}/rules/care-quiz.json`, async (route) => {
    const rules = await (await route.fetch()).json();
    rules.embed = { allowedOrigins: origins };
    await route.fulfill({ json: rules });
  });
}

/** The booking sites in these tests don't exist; answer for them so new tabs have somewhere to land. */
export async function fakeBookingSites(context: BrowserContext) {
  for (const site of ["https://clinic.example/**", "https://evil.example/**"]) {
    await context.route(site, (route) => route.fulfill({ contentType: "text/html", body: "<title>Book</title>" }));
  }
}
