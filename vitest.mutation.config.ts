// The unit tests `npm run test:mutation` (stryker.config.mjs) runs against each mutant:
// only those of the code it mutates, the engine and the rules logic.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default mergeConfig(base, defineConfig({
  test: {
    include: [
      "tests/unit/engine/**/*.test.ts",
      "tests/unit/rules/{conditions-walk,corpus,fuzz,limits,silent-mistakes,start-back-example,validate,logic}*.test.ts",
      "tests/vignettes/**/*.test.ts",
    ],
    reporters: ["default"],
  },
}));
