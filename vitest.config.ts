import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    // Only unit tests: browser specs under tests/e2e belong to Playwright.
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "tests/vignettes/**/*.test.ts"],
    environment: "node",
    // Tests assert behaviour, never speed: a busy two-core machine must not fail them
    // (the safety walk and the fuzz tests take seconds there, not milliseconds).
    testTimeout: 120_000,
    // Hooks too: some walk the default rules before each test (so mutation testing sees which tests read the engine).
    hookTimeout: 120_000,
    setupFiles: ["tests/unit/setup.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
  },
});
