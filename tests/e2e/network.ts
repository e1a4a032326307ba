/** Network conditions for browser tests: a slow chunk on demand, a rules file edited on its way to the page. */
import type { Page } from "@playwright/test";

/** The rules checker's chunks: the schema check, the locating checker, and the check of a replaced file that uses them. */
export const CHECKER_CHUNK = /\/assets\/(?:validate|check-text|check-rules)-[^/]*\.js$/;

/** Holds responses matching `url` until `release()` is called: a slow network, on demand. */
export async function hold(page: Page, url: RegExp | string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export type RulesJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests break the file on purpose

/** Serves the built rules file changed by `edit`, as if a clinic had replaced it on its server. */
export async function serveEditedRules(page: Page, edit: (rules: RulesJson) => void) {
  await page.route("**/rules/care-quiz.json", async (route) => {
    const rules = (await (await route.fetch()).json()) as RulesJson;
    edit(rules);
    await route.fulfill({ json: rules });
  });
}

/** URLs the page requested, as they happen. */
export function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  return seen;
}
