/**
 * `npm run screenshots [-- --dist DIR --out DIR]`: pictures of every screen of the built quiz
 * (run `npm run build` first) in the system Chromium: the first screen, a question, the
 * error after an empty Continue, the resume choice, and one result per outcome (each urgent
 * tier and each kind of care), on a phone and a desktop, light and dark. Written to
 * docs/screens/ (the README shows the key ones). Visitors come from the vignette suite, so
 * the pictures show real stories' results; their answers are put in saved progress and
 * resumed, which is quicker than clicking through and draws the same screens.
 * --dist and --out let a reviewer picture an older build for a before/after.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import stories from "../tests/vignettes/stories.json" with { type: "json" };
import type { Answer } from "../src/engine/answers.ts";
import { replay } from "../src/engine/route.ts";
import { buildModel } from "../src/rules/model.ts";
import type { Rules } from "../src/rules/schema.ts";
import { serveStatic } from "./bench/static-server.ts";
import { readBuiltRules } from "./lib/built-rules.ts";
import { requireFreePort } from "./lib/port.ts";

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1] ?? fallback;
};
const dist = resolve(arg("--dist", "dist"));
const out = resolve(arg("--out", "docs/screens"));
const PORT = Number(process.env["SCREENSHOTS_PORT"] ?? 4419);
const chromePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const rules = readBuiltRules(pathToFileURL(`${dist}/`), "rules/care-quiz.json").whole as Rules;
const model = buildModel(rules);

/** The answers a story gives, in the order this build's rules ask them; null if they no longer fit. */
function logOf(script: Record<string, string[]>): Answer[] | null {
  const log: Answer[] = [];
  for (;;) {
    const { step } = replay(model, log);
    if (step.kind !== "question") return log;
    const options = script[step.question.id];
    if (!options) return null;
    log.push({ question: step.question.id, options });
  }
}

/** One story per outcome the rules have: the first of the suite that reaches it. */
const results = rules.outcomes.flatMap((outcome) => {
  for (const story of stories) {
    if (story.expected.outcome !== outcome.id) continue;
    const log = logOf(story.answers as Record<string, string[]>);
    if (log) return [{ name: `result-${outcome.id}`, log }];
  }
  return [];
});

const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Variant = { size: keyof typeof sizes; scheme: "light" | "dark" };
const everyVariant: Variant[] = [
  { size: "phone", scheme: "light" }, { size: "desktop", scheme: "light" },
  { size: "phone", scheme: "dark" }, { size: "desktop", scheme: "dark" },
];

type Screen = { name: string; show: (page: Page) => Promise<void> };
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const screens: Screen[] = [
  { name: "first-screen", show: async () => {} },
  {
    name: "question",
    show: async (page) => {
      await page.getByRole("radio", { name: "Pain or an injury" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await heading(page).waitFor();
    },
  },
  {
    name: "error",
    show: async (page) => {
      await page.getByRole("radio", { name: "Pain or an injury" }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await heading(page).waitFor();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("alert").waitFor();
    },
  },
  ...results.map(({ name, log }) => ({
    name,
    show: async (page: Page) => {
      await page.evaluate(([version, saved]) => {
        localStorage.setItem("carefit-progress", JSON.stringify({ state: { rulesVersion: version, log: saved, startedAt: Date.now() }, version: 2 }));
      }, [rules.version, log] as const);
      await page.reload();
      await page.getByRole("button", { name: "Continue where you left off" }).click();
      await page.locator("article h1").waitFor();
    },
  })),
];
const resume: Screen = {
  name: "resume",
  show: async (page) => {
    await page.getByRole("radio", { name: "A fitness goal" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await heading(page).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Start again" }).waitFor();
  },
};
screens.splice(3, 0, resume);

await requireFreePort(PORT, "SCREENSHOTS_PORT");
const server = await serveStatic(dist, PORT);
const browser = await chromium.launch({ executablePath: chromePath });
mkdirSync(out, { recursive: true });
const written: string[] = [];
try {
  for (const variant of everyVariant) {
    const context = await browser.newContext({
      viewport: sizes[variant.size], deviceScaleFactor: 1, colorScheme: variant.scheme, reducedMotion: "reduce",
      isMobile: variant.size === "phone", hasTouch: variant.size === "phone",
    });
    for (const screen of screens) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/?theme=auto`);
      await page.getByRole("button", { name: "Continue" }).and(page.locator(":enabled")).waitFor();
      await screen.show(page);
      const file = `${out}/${screen.name}-${variant.size}-${variant.scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written.length} screenshots in ${out} (${screens.map((s) => s.name).join(", ")}; phone and desktop, light and dark)`);
