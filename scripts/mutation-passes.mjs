// The passes of `npm run test:mutation`, read by stryker.config.mjs (what each mutates and
// which tests it runs) and by scripts/mutation.mjs (which report each file's row comes from).
//   core   the engine's small modules, the rules logic and the graph checks, against the quick suites;
//   walks  the path walk, progress and totals, against the quick suites and their own property suites
//          (seconds per run: running those for every mutant of every file would take hours).
export const WALKS = ["src/engine/paths.ts", "src/engine/progress.ts", "src/engine/totals.ts"];
const LOGIC = ["src/rules/logic.ts", "src/rules/logic-warnings.ts", "src/rules/conditions-walk.ts", "src/rules/graph.ts"];

export const PASSES = {
  core: { mutate: ["src/engine/**/*.ts", ...WALKS.map((f) => `!${f}`), ...LOGIC], tests: "fast", owns: (file) => !WALKS.includes(file) },
  walks: { mutate: WALKS, tests: "fast tests/unit/engine/{paths,progress,totals}.test.ts", owns: (file) => WALKS.includes(file) },
};
