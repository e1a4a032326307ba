/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset: simulated mid-range phone on slow
 * 4G) against the production build in the system Chromium. Prints the category scores
 * and key metrics; exits 1 below performance 95, accessibility 100, best practices 95.
 * Uses dist/ as built (run `npm run build` first); CHROME_PATH / CHROMIUM_PATH override the browser.
 */
import { spawn } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env["LIGHTHOUSE_PORT"] ?? 4319);
const chromePath = process.env["CHROME_PATH"] ?? process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const thresholds = { performance: 95, accessibility: 100, "best-practices": 95 } as const;

const server = spawn("npx", ["vite", "preview", "--port", String(PORT), "--strictPort"], { stdio: "ignore" });
const stop = () => server.kill();
process.on("exit", stop);

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const url = `http://localhost:${PORT}/`;
await waitForServer(url);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"] });
  if (!result) throw new Error("Lighthouse returned no result");
  const { categories, audits } = result.lhr;
  let failed = false;
  console.log("Lighthouse 12 (mobile preset) on the production build:");
  for (const [id, minimum] of Object.entries(thresholds)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    const ok = score >= minimum;
    failed ||= !ok;
    console.log(`  ${(categories[id]?.title ?? id).padEnd(16)} ${String(score).padStart(3)}  (need ≥ ${minimum})${ok ? "" : "  ✗"}`);
  }
  for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"]) {
    console.log(`  ${(audits[id]?.title ?? id).padEnd(26)} ${audits[id]?.displayValue ?? "-"}`);
  }
  const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
  if (failing.length > 0) console.log(`  failing checks: ${failing.map((a) => a.id).join(", ")}`);
  process.exitCode = failed ? 1 : 0;
} finally {
  await chrome.kill();
  stop();
}
