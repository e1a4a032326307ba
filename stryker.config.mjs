// Mutation testing of the safety analysis's own code: the engine and the rules logic.
// `npm run test:mutation`; not part of `npm test` (it takes tens of minutes on two cores).
// Incremental: a rerun tests only mutants whose code or tests changed since the last
// run (reports/stryker-incremental.json). Pass `--mutate src/engine/paths.ts` to run one file.
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  mutate: ["src/engine/**/*.ts", "src/rules/logic.ts", "src/rules/logic-warnings.ts", "src/rules/conditions-walk.ts", "src/rules/graph.ts"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  ignorePatterns: ["dist", "dist-bench", "dist-quiz", "reports", "test-results", "playwright-report", "docs", "deploy"],
  tempDirName: ".stryker-tmp",
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: null },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
};
