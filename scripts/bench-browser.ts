/**
 * `npm run bench:browser`: the quiz as a visitor on a mid-range phone meets it (Chromium,
 * 4× CPU, 1.6 Mbps / 150 ms RTT, cold cache; see bench/throttled.ts), against reference pages
 * measured in the same run, interleaved, so a busy machine slows them all alike and the
 * ratios stay comparable. Three measures, medians of BENCH_RUNS (default 10):
 * - navigation → first answer control visible: the quiz, a plain no-framework quiz (the
 *   floor), a bare React page and static HTML;
 * - navigation → question 2 usable, question 1 answered and Continue pressed the moment it
 *   shows: the quiz against the floor;
 * - Continue → next question usable, on every step of a fixed 10-question path (the ankle
 *   sprain visitor), the app loaded: the quiz and the floor.
 * BENCH_BEFORE=<another build's dist/> adds that build as a second quiz ("before"), same run.
 * Needs `npm run build` first. Serves each page from this process on BENCH_PORT and the ports
 * after it, refusing ports already taken, and closes everything however it ends.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import type { Answer } from "../src/engine/answers.ts";
import { replay } from "../src/engine/route.ts";
import type { Question } from "../src/rules/schema.ts";
import { validateRules } from "../src/rules/validate.ts";
import { visitors } from "../tests/unit/helpers.ts";
import { firstControlProbe, secondQuestionProbe, stepProbe } from "./bench/probes.ts";
import { serveStatic } from "./bench/static-server.ts";
import { probed, throttledPage } from "./bench/throttled.ts";
import { portInUse, requireFreePort } from "./lib/port.ts";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 10);
const PORT = Number(process.env["BENCH_PORT"] ?? 4411);
const BEFORE = process.env["BENCH_BEFORE"];
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(here("../dist/index.html"))) throw new Error("Run `npm run build` first.");
if (BEFORE && !existsSync(`${BEFORE}/index.html`)) throw new Error(`BENCH_BEFORE: no index.html in ${BEFORE}`);

// The fixed path: the ankle sprain visitor's first 11 questions, so 10 steps between them.
const PATH_LENGTH = 11;
const script: Record<string, string[]> = visitors.ankleSprain;
const checked = validateRules(JSON.parse(readFileSync(here("../rules/care-quiz.json"), "utf8")));
if (!checked.ok) throw new Error("rules/care-quiz.json is invalid");
const path: Question[] = [];
for (const log: Answer[] = []; path.length < PATH_LENGTH; ) {
  const { step } = replay(checked.model, log);
  if (step.kind !== "question") throw new Error(`the benchmark path ends after ${path.length} questions`);
  path.push(step.question);
  log.push({ question: step.question.id, options: script[step.question.id]! });
}

await build({
  root: here("./bench/pages/bare-react"),
  logLevel: "error",
  plugins: [react()],
  build: { outDir: here("../dist-bench/bare-react"), emptyOutDir: true, target: "es2022" },
});
await build({
  root: here("./bench/pages/plain-quiz"),
  logLevel: "error",
  define: { __PLAIN_QUESTIONS__: JSON.stringify(path.slice(1).map(({ id, type, text, options }) => ({ id, type, text, options: options.map((o) => ({ id: o.id, label: o.label })) }))) },
  build: { outDir: here("../dist-bench/plain-quiz"), emptyOutDir: true, target: "es2022" },
});

type Kind = "quiz" | "floor" | "reference";
const pages: { name: string; kind: Kind; root: string; path: string }[] = [
  { name: "CareFit quiz", kind: "quiz", root: here("../dist"), path: "/" },
  ...(BEFORE ? [{ name: "CareFit quiz, before", kind: "quiz" as const, root: BEFORE, path: "/" }] : []),
  { name: "plain quiz, no framework (floor)", kind: "floor", root: here("../dist-bench/plain-quiz"), path: "/" },
  { name: "bare React page", kind: "reference", root: here("../dist-bench/bare-react"), path: "/" },
  { name: "static HTML page", kind: "reference", root: here("./bench/pages"), path: "/static.html" },
];
const url = (i: number) => `http://127.0.0.1:${PORT + i}${pages[i]!.path}`;
for (let i = 0; i < pages.length; i++) await requireFreePort(PORT + i, "BENCH_PORT");
const servers = await Promise.all(
  pages.map((p, i) =>
    serveStatic(p.root, PORT + i).catch((error: NodeJS.ErrnoException) => {
      throw new Error(error.code === "EADDRINUSE" ? portInUse(PORT + i, "BENCH_PORT") : error.message);
    }),
  ),
);

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function firstControl(i: number): Promise<number> {
  const { page, close } = await throttledPage(browser, firstControlProbe);
  await page.goto(url(i), { waitUntil: "commit" });
  const time = await probed<number>(page, "window.__firstControl", "first answer control");
  await close();
  return time;
}

type Nav = { q1: number; pressed: number; q2: number };
async function secondQuestion(i: number): Promise<Nav> {
  const { page, close } = await throttledPage(browser, secondQuestionProbe);
  await page.goto(url(i), { waitUntil: "commit" });
  const times = await probed<Nav>(page, "window.__nav && window.__nav.q2 && window.__nav", "question 2");
  await close();
  return times;
}

/** Walks the path once the page has loaded everything it loads by itself (the animation code too). */
async function steps(i: number): Promise<number[]> {
  const { page, close } = await throttledPage(browser, stepProbe);
  await page.goto(url(i), { waitUntil: "networkidle", timeout: 120_000 });
  if (pages[i]!.kind === "quiz") {
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.includes("AnimatedSteps")), null, { timeout: 60_000 });
    // The app in charge (an older build disabled Continue until then; this one hands over from the early capture).
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]:disabled, html[data-early]'), null, { timeout: 60_000 });
  }
  for (let n = 0; n < PATH_LENGTH - 1; n++) {
    const question = path[n]!;
    for (const option of script[question.id]!) await page.locator(`input[name="${question.id}"][value="${option}"]`).check();
    await page.locator(`form:has(input[name="${question.id}"]) button[type="submit"]`).click();
    await probed(page, `window.__steps[${n}]`, `question ${n + 2}`);
  }
  const times = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
  await close();
  return times;
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(", ");
const loadBefore = load();
const first = pages.map(() => [] as number[]);
const nav = pages.map(() => [] as Nav[]);
const walked = pages.map(() => [] as number[][]);
try {
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < pages.length; i++) {
      if (pages[i]!.kind === "reference") first[i]!.push(await firstControl(i));
      else {
        const times = await secondQuestion(i);
        nav[i]!.push(times);
        first[i]!.push(times.q1);
        walked[i]!.push(await steps(i));
      }
    }
    process.stderr.write(`run ${run + 1} of ${RUNS} done\n`);
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (x: number, of: number) => `${(x / of).toFixed(2)}×`;
const floor = pages.findIndex((p) => p.kind === "floor");
const flat = pages.findIndex((p) => p.name === "static HTML page");
const bare = pages.findIndex((p) => p.name === "bare React page");
const measured = pages.map((p, i) => ({ ...p, i })).filter((p) => p.kind !== "reference");

console.log(`Chromium, 4× CPU, 1.6 Mbps / 150 ms RTT, cold cache, median of ${RUNS}; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after.\n`);
console.log("First answer control visible (navigation →):\n");
console.log("| page | median | min | max | vs static HTML | vs bare React |\n|---|---|---|---|---|---|");
for (let i = 0; i < pages.length; i++) {
  const m = median(first[i]!);
  console.log(`| ${pages[i]!.name} | ${ms(m)} | ${ms(Math.min(...first[i]!))} | ${ms(Math.max(...first[i]!))} | ${ratio(m, median(first[flat]!))} | ${ratio(m, median(first[bare]!))} |`);
}

console.log("\nQuestion 2 usable, question 1 answered the moment it shows (navigation →; target ≤ 1.5× the floor):\n");
console.log("| page | question 1 visible | press accepted | question 2 usable | min | max | vs floor |\n|---|---|---|---|---|---|---|");
const q2Floor = median(nav[floor]!.map((t) => t.q2));
for (const p of measured) {
  const q2 = nav[p.i]!.map((t) => t.q2);
  const med = (key: keyof Nav) => ms(median(nav[p.i]!.map((t) => t[key])));
  console.log(`| ${p.name} | ${med("q1")} | ${med("pressed")} | ${ms(median(q2))} | ${ms(Math.min(...q2))} | ${ms(Math.max(...q2))} | ${ratio(median(q2), q2Floor)} |`);
}

console.log("\nContinue → next question usable, each step of the path, the app loaded (target ≤ 100 ms median):\n");
console.log(`| step | ${measured.map((p) => p.name).join(" | ")} |\n|---|${measured.map(() => "---|").join("")}`);
const stepMedian = (i: number, n: number) => median(walked[i]!.map((times) => times[n]!));
for (let n = 0; n < PATH_LENGTH - 1; n++) {
  console.log(`| ${n + 1}. ${path[n]!.id} → ${path[n + 1]!.id} | ${measured.map((p) => ms(stepMedian(p.i, n))).join(" | ")} |`);
}
const worst = (i: number) => Math.max(...path.slice(1).map((_, n) => stepMedian(i, n)));
console.log(`| slowest step's median | ${measured.map((p) => ms(worst(p.i))).join(" | ")} |`);
