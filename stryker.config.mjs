// Mutation testing of the safety analysis's own code: the engine, the rules logic and the
// question-graph checks. `npm run test:mutation` (scripts/mutation.mjs) runs two passes and
// prints one table; not part of `npm test` (it takes tens of minutes on two cores).
//
// Each pass (scripts/mutation-passes.mjs) mutates some files and runs the tests that can reach
// them in reasonable time (vitest.mutation.config.ts reads MUTATION_TESTS; the workers Stryker
// starts inherit it). Incremental, per pass: a rerun tests only mutants whose code or tests
// changed since the last run (reports/stryker-incremental-<pass>.json).
// One file: MUTATION_PASS=core npx stryker run --mutate src/engine/route.ts
import { PASSES } from "./scripts/mutation-passes.mjs";

const name = process.env["MUTATION_PASS"] ?? "core";
const pass = PASSES[name];
if (pass === undefined) throw new Error(`MUTATION_PASS must be one of: ${Object.keys(PASSES).join(", ")}`);
process.env["MUTATION_TESTS"] ??= pass.tests;

export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  mutate: pass.mutate,
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  ignorePatterns: ["dist", "dist-bench", "dist-quiz", "reports", "test-results", "playwright-report", "docs", "deploy"],
  tempDirName: ".stryker-tmp",
  // Added to 1.5 × the covering tests' time: room for a busy machine, while a mutant that loops is given up on quickly.
  timeoutMS: 15_000,
  thresholds: { high: 90, low: 80, break: null },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
};
