// The unit tests Stryker (stryker.config.mjs) runs against each mutant: only those of the
// code it mutates, the engine and the rules logic. MUTATION_TESTS picks them: "fast" (the
// quick suites), "slow" (the property suites, seconds per run: the walks' own, the safety
// proof on the default rules, fuzzing), globs, or several of these separated by spaces;
// unset, all. Each pass of `npm run test:mutation` sets it. Much of that code would run
// while test files load if a model were built at the top of a file, and Stryker runs every
// test against such "static" mutants: tests build their models in beforeEach.
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

const fast = [
  "tests/unit/engine/{answer-classes,facts,features,outcome,recommend,relevance,route,safety-faults,settle}.test.ts",
  "tests/unit/rules/{conditions-walk,corpus,graph,limits,logic,silent-mistakes,start-back-example,validate}*.test.ts",
  "tests/vignettes/**/*.test.ts",
];
const slow = ["tests/unit/engine/{paths,progress,safety,totals}.test.ts", "tests/unit/rules/fuzz.test.ts"];

/** MUTATION_TESTS: unset for all; else a space-separated list of "fast", "slow" or globs. */
const choose = (tests: string | undefined) =>
  tests === undefined ? [...fast, ...slow] : tests.split(" ").flatMap((t) => (t === "fast" ? fast : t === "slow" ? slow : [t]));

/**
 * Stryker stops at a mutant's first failing test, so the order of files is most of
 * the time a run takes: the file that failed last (it likely kills the next mutant
 * of the same code too), then the quickest. Vitest's own order runs the slowest first.
 */
class FailedThenQuickest extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    return [...files].sort((a, b) => {
      const [x, y] = [last(a), last(b)];
      if (x === undefined || y === undefined) return 0;
      if (x.failed !== y.failed) return x.failed ? -1 : 1;
      return x.duration - y.duration;
    });
  }
}

// Spread, not mergeConfig: that would add these files to the base list instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: choose(process.env["MUTATION_TESTS"]),
    reporters: ["default"],
    outputFile: {},
    // One module graph for all the files of a run, not one per file: loading it per file took over half the time.
    // (Each Stryker run still starts a fresh worker, so nothing carries over from one mutant to the next.)
    isolate: false,
    sequence: { ...base.test?.sequence, sequencer: FailedThenQuickest },
  },
});
