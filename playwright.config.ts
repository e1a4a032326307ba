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

export const QUIZ_PORT = 4317;
export const HOST_PORT = 4318;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${QUIZ_PORT}`,
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
