/**
 * Prints one closing line, "N passed, N failed", from the JSON reports of the unit tests
 * and the two browser runs (the build under vite preview, and under nginx) — the line CI
 * reads. A report that is missing (its runner never started because an earlier step
 * failed) is said so and counts as a failure. A browser test that passed only on its retry
 * counts as passed, and is named on a line of its own above.
 */
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

/** The titles of the tests a Playwright JSON report counts as flaky: failed, then passed on a retry. */
function flakyTests(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === "flaky")) found.push(`${spec.file}:${spec.line} ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}

const vitest = read("reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  console.log("unit tests: no report (they did not run)");
  failed += 1;
}

const browserRuns = { "reports/playwright.json": "browser tests", "reports/playwright-deploy.json": "deploy tests (nginx)" };
for (const [path, name] of Object.entries(browserRuns)) {
  const playwright = read(path);
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    for (const title of flakyTests(playwright)) console.log(`${name}: passed only on its retry (flaky): ${title}`);
    failed += playwright.stats.unexpected;
    skipped += playwright.stats.skipped;
    if (playwright.errors?.length) failed += playwright.errors.length;
  } else {
    console.log(`${name}: no report (they did not run)`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
