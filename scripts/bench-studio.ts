/**
 * `npm run bench:studio`: how the staff studio keeps up with typing.
 * 1. Lint per keystroke, in Node: the checker plus turning its problems into editor
 *    diagnostics — what the studio runs once typing pauses — on the default rules and
 *    generated files of 10 / 100 / 1,000 questions (1,000 is the limit) and 10,000 (over
 *    every limit: the checker must say so quickly, not choke), median of 15.
 * 2. In Chromium, on the built preview page: typing 19 characters into a 1,000-question
 *    file and into a 10,000-question one, the delay from each key to the next paint (Event
 *    Timing), and the longest task the page ran meanwhile (the debounced check; the path
 *    walk runs in a worker). The 10,000-question file must stay editable.
 * Needs `npm run build` first. Serves dist/ on BENCH_STUDIO_PORT (default 4414), refusing a port in use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { diagnosticsFor } from "../src/preview/editor/diagnostics.ts";
import { checkRulesText } from "../src/rules/check-text.ts";
import { serveStatic } from "./bench/static-server.ts";
import { generateRules } from "./bench/generate-rules.ts";
import { requireFreePort } from "./lib/port.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const PORT = Number(process.env["BENCH_STUDIO_PORT"] ?? 4414);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function lintTimes(text: string, runs = 15): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A different text each time, as after a keystroke: nothing can be reused from the last run.
    const edited = text.replace('"version": "', `"version": "${i}`);
    const start = performance.now();
    diagnosticsFor(edited, checkRulesText(edited).problems);
    samples.push(performance.now() - start);
  }
  return samples;
}

const files: [string, string][] = [
  ["default rules (rules/care-quiz.json)", readFileSync(here("../rules/care-quiz.json"), "utf8")],
  ...[10, 100, 1_000, 10_000].map((n): [string, string] => [`generated, ${n.toLocaleString("en")} questions`, JSON.stringify(generateRules(n), null, 2)]),
];
console.log("Lint per keystroke (check + diagnostics), Node, median of 15:");
console.log("| file | size | median | max |");
console.log("|---|---|---|---|");
for (const [name, text] of files) {
  const times = lintTimes(text);
  console.log(`| ${name} | ${(text.length / 1000).toFixed(0)} kB | ${fmt(median(times))} | ${fmt(Math.max(...times))} |`);
}

await requireFreePort(PORT, "BENCH_STUDIO_PORT");
const server = await serveStatic(here("../dist"), PORT);
const browser = await chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });

interface Typed {
  readonly loaded: number;
  readonly delays: number[];
  readonly tasks: number[];
  /** What the Checks said after the last key: shows the file was loaded and checked. */
  readonly verdict: string;
}

/**
 * Opens the studio on `text` and types 19 keys into it, 60 ms apart. `asDraft`: the text
 * comes from the draft kept in this browser (as after a reload); otherwise it is served as
 * the published rules (a draft of 5 MB does not fit in localStorage).
 */
async function typeInto(text: string, asDraft: boolean): Promise<Typed> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    if (!asDraft) await page.route("**/rules/care-quiz.json", (route) => route.fulfill({ contentType: "application/json", body: text }));
    await page.addInitScript(`
      ${asDraft ? `localStorage.setItem("carefit-preview-draft", JSON.stringify({ text: ${JSON.stringify(text)}, savedAt: new Date().toISOString() }));` : ""}
      window.__keys = []; window.__tasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "keydown") window.__keys.push(e.duration); })
        .observe({ type: "event", durationThreshold: 16, buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: "longtask" });
    `);
    const loadStart = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/preview.html`);
    await page.getByRole("textbox", { name: "rules/care-quiz.json" }).click();
    await page.getByRole("region", { name: "Checks" }).getByRole("status").waitFor();
    const loaded = Date.now() - loadStart;
    await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks.length = 0));
    for (const key of "keep typing here.. ") await page.keyboard.type(key, { delay: 60 });
    await page.waitForTimeout(1_000); // the debounced check after the last key
    const verdict = (await page.getByRole("region", { name: "Checks" }).getByRole("status").textContent()) ?? "";
    const { keys, tasks } = await page.evaluate(() => ({ keys: (window as unknown as { __keys: number[] }).__keys, tasks: (window as unknown as { __tasks: number[] }).__tasks }));
    // Event Timing reports only keys slower than 16 ms; the others count as 16 ms at most.
    return { verdict, loaded, delays: [...keys, ...Array<number>(Math.max(0, 19 - keys.length)).fill(16)], tasks };
  } finally {
    await page.close();
  }
}

try {
  console.log(`\nTyping 19 keys in the preview, Chromium, 1280×800:`);
  console.log(`| file | page ready | key to next paint, median | … max | longest task while typing | the checks then said |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const [n, asDraft] of [[1_000, true], [10_000, false]] as const) {
    const text = JSON.stringify(generateRules(n), null, 2);
    const { loaded, delays, tasks, verdict } = await typeInto(text, asDraft);
    const name = `${n.toLocaleString("en")} questions (${(text.length / 1e6).toFixed(1)} MB${asDraft ? ", from the draft" : ""})`;
    console.log(`| ${name} | ${(loaded / 1000).toFixed(1)} s | ≤ ${fmt(median(delays))} | ${fmt(Math.max(...delays))} | ${tasks.length === 0 ? "none over 50 ms" : fmt(Math.max(...tasks))} | ${verdict.slice(0, 60)}… |`);
  }
} finally {
  await browser.close();
  server.close();
}
