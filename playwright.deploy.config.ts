/**
 * The deploy tests: the production build served by nginx with the config we ship
 * (deploy/nginx/) on its own port, and a clinic's page on a second origin that embeds it;
 * and a build for a sub-path (base /quiz/), served there by vite preview.
 * Every browser test fails on a Content-Security-Policy violation (tests/deploy/csp.ts).
 * Browser settings are the browser tests' own (playwright.config.ts).
 */
import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

// Overridable so several checkouts can run their tests side by side.
export const NGINX_PORT = Number(process.env["NGINX_PORT"] ?? 4320);
export const NGINX_HOST_PORT = Number(process.env["NGINX_HOST_PORT"] ?? 4321);
export const QUIZ_ORIGIN = `http://localhost:${NGINX_PORT}`;
/** The clinic's page: the origin the test server's frame-ancestors lists. */
export const CLINIC_ORIGIN = `http://127.0.0.1:${NGINX_HOST_PORT}`;
/** The same server under another name: an origin the clinic did not list. */
export const UNLISTED_ORIGIN = `http://localhost:${NGINX_HOST_PORT}`;
/** A build for a sub-path (`npm run build:sub-path`, base /quiz/), served at /quiz/ there. */
export const SUB_PATH_PORT = Number(process.env["SUB_PATH_PORT"] ?? 4322);
export const SUB_PATH_QUIZ = `http://localhost:${SUB_PATH_PORT}/quiz/`;

export default defineConfig({
  ...base,
  testDir: "tests/deploy",
  reporter: [["list"], ["json", { outputFile: "reports/playwright-deploy.json" }]],
  use: { ...base.use, baseURL: `${QUIZ_ORIGIN}/` },
  webServer: [
    {
      // Refuses a port already in use; on SIGTERM stops nginx and waits for it (nginx-server.ts).
      command: `npx tsx tests/deploy/nginx-server.ts ${NGINX_PORT} ${CLINIC_ORIGIN}`,
      url: `${QUIZ_ORIGIN}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    {
      command: `node tests/e2e/host-server.mjs ${NGINX_HOST_PORT} ${NGINX_PORT}`,
      url: `${CLINIC_ORIGIN}/health`,
      reuseExistingServer: false,
    },
    {
      // Builds first (a minute or two on a busy machine), hence the long wait.
      command: `npm run -s build:sub-path && npx vite preview --base /quiz/ --outDir dist-quiz --port ${SUB_PATH_PORT} --strictPort`,
      url: SUB_PATH_QUIZ,
      reuseExistingServer: false,
      timeout: 900_000,
    },
  ],
});
