/**
 * Prints one closing line, "N passed, N failed", from the unit and browser test
 * runners' JSON reports — the line CI reads. A report that is missing (its runner
 * never started because an earlier step failed) is said so and counts as a failure.
 */
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read("reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  console.log("unit tests: no report (they did not run)");
  failed += 1;
}

const playwright = read("reports/playwright.json");
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
  if (playwright.errors?.length) failed += playwright.errors.length;
} else {
  console.log("browser tests: no report (they did not run)");
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
