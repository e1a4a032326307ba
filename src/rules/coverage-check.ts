/**
 * Checks the `coverage` declaration: each screen is a real red-flag question, its
 * conditions are sound, and every option of a declared presentation question (for
 * example every place it can hurt) is covered by some screen. Without that last
 * check, deleting a line of the declaration would quietly shrink what the safety
 * analysis proves.
 */
import { namedOptions } from "./conditions-walk.ts";
import type { JsonPath, Problem } from "./problems.ts";
import type { Condition, Coverage, Question } from "./schema.ts";
import { didYouMean } from "./suggest.ts";

interface CoverageCtx {
  readonly questions: ReadonlyMap<string, Question>;
  readonly report: (problem: Problem) => void;
  readonly checkCondition: (condition: Condition, path: JsonPath) => void;
}

export function checkCoverage(coverage: Coverage, ctx: CoverageCtx) {
  const error = (path: JsonPath, message: string) => ctx.report({ path, message, severity: "error" });
  const covered = new Set<string>();
  coverage.screens.forEach((screen, si) => {
    const at: JsonPath = ["coverage", "screens", si];
    const question = ctx.questions.get(screen.question);
    if (!question) {
      error([...at, "question"], `"${screen.question}" is not a question id${didYouMean(screen.question, ctx.questions.keys())}`);
    } else if (!question.options.some((o) => o.redFlag !== undefined)) {
      error([...at, "question"], `Question "${screen.question}" has no red-flag option, so it can't screen anyone. Name a question whose options have "redFlag".`);
    }
    screen.covers.forEach((cover, ci) => {
      if (!cover.when) return;
      ctx.checkCondition(cover.when, [...at, "covers", ci, "when"]);
      namedOptions(cover.when, covered);
    });
  });
  coverage.presentations?.forEach((id, pi) => {
    const question = ctx.questions.get(id);
    if (!question) {
      error(["coverage", "presentations", pi], `"${id}" is not a question id${didYouMean(id, ctx.questions.keys())}`);
      return;
    }
    const missing = question.options.filter((o) => !covered.has(`${id}/${o.id}`)).map((o) => `"${o.id}"`);
    if (missing.length > 0) {
      error(["coverage", "presentations", pi],
        `No screen covers ${missing.join(", ")} of question "${id}": add a "covers" entry naming it to the red-flag screen that should check these visitors.`);
    }
  });
}
