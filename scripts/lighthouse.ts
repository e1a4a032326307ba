/**
 * Lighthouse 12 (mobile preset: a simulated mid-range phone on slow 4G) against the
 * production build in the system Chromium. Two modes:
 * - `npm run lighthouse` (in `npm test`): accessibility must be 100 and best practices ≥ 95.
 *   They audit what the page contains, so a busy machine gives the same answer as an idle one.
 * - `npm run bench:lighthouse` (`--performance`, in `npm run bench`): the performance score and
 *   its metrics, printed and never asserted — they depend on how busy the CPU is.
 * Audits each language's page (index.html, fr/index.html…), each against the same thresholds.
 * Serves dist/ as built (run `npm run build` first) from this process on LIGHTHOUSE_PORT, and
 * refuses a port that is already taken: it audits only the server it started, and stops that
 * server and Chromium however it ends. CHROME_PATH / CHROMIUM_PATH override the browser.
 */
import { existsSync, readdirSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { preview } from "vite";
import { portInUse, requireFreePort } from "./lib/port.ts";

const PORT = Number(process.env["LIGHTHOUSE_PORT"] ?? 4319);
const chromePath = process.env["CHROME_PATH"] ?? process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const performanceMode = process.argv.includes("--performance");
const thresholds: Record<string, number> = performanceMode ? {} : { accessibility: 100, "best-practices": 95 };
const PERFORMANCE_TARGET = 95;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"];

/** Each language's page: the default's at the root, the others' in a folder named after the language. */
const dist = new URL("../dist/", import.meta.url);
const pages = [
  "",
  ...readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(d.name) && existsSync(new URL(`${d.name}/index.html`, dist)))
    .map((d) => `${d.name}/`),
];

await requireFreePort(PORT, "LIGHTHOUSE_PORT");
// In this process, not a child: nothing of it can outlive the script.
const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: PORT, strictPort: true, open: false } }).catch((error: Error) => {
  throw new Error(/already in use/.test(error.message) ? portInUse(PORT, "LIGHTHOUSE_PORT") : error.message);
});
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const categories = performanceMode ? ["performance"] : Object.keys(thresholds);
  let failed = false;
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}/${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse returned no result for /${page}`);
    const { lhr } = result;
    console.log(`Lighthouse ${lhr.lighthouseVersion} (mobile preset) on the production build, /${page}:`);
    for (const id of categories) {
      const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const title = (lhr.categories[id]?.title ?? id).padEnd(16);
      const minimum = thresholds[id];
      if (minimum === undefined) {
        console.log(`  ${title} ${String(score).padStart(3)}  (target ≥ ${PERFORMANCE_TARGET}; measured, not asserted)`);
        continue;
      }
      failed ||= score < minimum;
      console.log(`  ${title} ${String(score).padStart(3)}  (need ≥ ${minimum})${score < minimum ? "  ✗" : ""}`);
    }
    if (performanceMode) {
      for (const id of METRICS) console.log(`  ${(lhr.audits[id]?.title ?? id).padEnd(26)} ${lhr.audits[id]?.displayValue ?? "-"}`);
    }
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    if (failing.length > 0) console.log(`  failing checks: ${failing.map((a) => a.id).join(", ")}`);
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  await chrome?.kill();
  await server.close();
}
