/**
 * `npm run bench:browser`: time from navigation to the first answer control being
 * visible, in Chromium with CDP throttling (4× CPU, 1.6 Mbps down / 150 ms RTT, cold
 * cache), median of 10 runs, interleaved across three pages served the same way:
 * the quiz's production build, a bare React page rendering one static question, and
 * the same question as static HTML (both built here). Prints a table with ratios.
 * Needs `npm run build` first. Serves the pages from this process on BENCH_PORT and the two
 * ports after it, refusing ports that are already taken, and closes everything however it ends.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { serveStatic } from "./bench/static-server.ts";
import { portInUse, requireFreePort } from "./lib/port.ts";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 10);
const PORT = Number(process.env["BENCH_PORT"] ?? 4411);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(here("../dist/index.html"))) throw new Error("Run `npm run build` first.");

await build({
  root: here("./bench/pages/bare-react"),
  logLevel: "error",
  plugins: [react()],
  build: { outDir: here("../dist-bench/bare-react"), emptyOutDir: true, target: "es2022" },
});

const pages = {
  "CareFit quiz": { root: here("../dist"), port: PORT, path: "/" },
  "bare React page": { root: here("../dist-bench/bare-react"), port: PORT + 1, path: "/" },
  "static HTML page": { root: here("./bench/pages"), port: PORT + 2, path: "/static.html" },
};
for (const page of Object.values(pages)) await requireFreePort(page.port, "BENCH_PORT");
const servers = await Promise.all(
  Object.values(pages).map((p) =>
    serveStatic(p.root, p.port).catch((error: NodeJS.ErrnoException) => {
      throw new Error(error.code === "EADDRINUSE" ? portInUse(p.port, "BENCH_PORT") : error.message);
    }),
  ),
);

// Runs in the page before anything else: note when a radio button is first laid out.
// A string, not a function: the TypeScript runner would wrap a function in helpers the page lacks.
const probe = `
  (() => {
    const check = () => {
      const input = document.querySelector('input[type="radio"]');
      const box = input && input.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) { window.__firstControl = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();
`;

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function measure(url: string): Promise<number> {
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
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as unknown as { __firstControl?: number }).__firstControl !== undefined, null, { timeout: 30_000 }).catch(async (e) => {
    throw new Error(`${url}: ${(e as Error).message}; page shows: ${(await page.content()).slice(0, 300)}`);
  });
  const time = await page.evaluate(() => (window as unknown as { __firstControl: number }).__firstControl);
  await context.close();
  return time;
}

const results = new Map<string, number[]>(Object.keys(pages).map((name) => [name, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, page] of Object.entries(pages)) {
      results.get(name)!.push(await measure(`http://127.0.0.1:${page.port}${page.path}`));
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quiz = median(results.get("CareFit quiz")!);
const bare = median(results.get("bare React page")!);
const flat = median(results.get("static HTML page")!);
console.log(`First answer control visible — Chromium, 4× CPU, 1.6 Mbps / 150 ms RTT, cold cache, median of ${RUNS}:`);
console.log("| page | median | min | max | vs static HTML | vs bare React |");
console.log("|---|---|---|---|---|---|");
for (const [name, times] of results) {
  const m = median(times);
  console.log(`| ${name} | ${m.toFixed(0)} ms | ${Math.min(...times).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms | ${(m / flat).toFixed(2)}× | ${(m / bare).toFixed(2)}× |`);
}
console.log(`\nquiz / static HTML = ${(quiz / flat).toFixed(2)} (target ≤ 1.3); quiz / bare React = ${(quiz / bare).toFixed(2)} (target ≤ 0.5)`);
