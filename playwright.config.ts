/**
 * Browser tests against the production build (`vite preview`), in Debian's
 * Chromium — Playwright's own browser downloads are not available here.
 * Set CHROMIUM_PATH to use another Chromium or Chrome (e.g. on a laptop).
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary. Browser tests never skip silently.",
  );
}

// Overridable so several checkouts can run their browser tests side by side.
export const QUIZ_PORT = Number(process.env["QUIZ_PORT"] ?? 4317);
export const HOST_PORT = Number(process.env["HOST_PORT"] ?? 4318);
/** For pages opened outside the default context (their own viewport or JavaScript setting). */
export const QUIZ_URL = `http://localhost:${QUIZ_PORT}/`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // Generous, so a machine busy with other work (builds, a second test run) can't fail the
  // suite: these only bound a hang. What a test checks never depends on how long it took.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  // One more try for a test that failed, so a rare timing fault of the machine (CI once lost
  // a click in an embedded frame on a busy machine; it never came back in 40 runs under load)
  // can't fail the suite — while a test that fails twice still does. Its first failure is
  // kept (trace below), and the summary line names every test that passed only on its retry
  // (scripts/test-summary.mjs), so nothing flaky goes unseen.
  retries: 1,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: QUIZ_URL,
    ...devices["Pixel 7"],
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: [
    {
      // Its own port and --strictPort, so a stray dev server is never tested by mistake.
      command: `npx vite preview --port ${QUIZ_PORT} --strictPort`,
      url: `http://localhost:${QUIZ_PORT}/`,
      reuseExistingServer: false,
    },
    {
      // A second origin for the embed tests: the clinic's page.
      command: `node tests/e2e/host-server.mjs ${HOST_PORT} ${QUIZ_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/health`,
      reuseExistingServer: false,
    },
  ],
});
