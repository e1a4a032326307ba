/**
 * The safety proof over a path report (see paths.ts): what must hold on every way
 * through a rules file before it can be trusted with visitors. Run by `rules:check`
 * and the build on every rules file (a fault is an error there, so an unsafe edit
 * never ships), and by the test suite with broken rule sets to show it catches them.
 *
 * - every path ends at an outcome, with no loops, and the walk was not cut short;
 * - a red flag ends the visit at once, in an urgent outcome;
 * - every visitor a `coverage` entry describes was asked that red-flag screen
 *   before any care outcome (e.g. head pain → the neck and head screen);
 * - a visit that ended at an urgent outcome was not cut short before a screen
 *   meant for that visitor that could have found something more urgent (a doctor-
 *   in-a-few-days sign asked before the emergency signs would hide them);
 * - nothing is unreachable, every red flag was tried, and every answer that counts
 *   toward a result has reason text to explain it.
 */
import type { QuizModel } from "../rules/model.ts";
import { holds } from "./conditions.ts";
import { factsOf } from "./facts.ts";
import { explorePaths, type PathReport, type QuizPath } from "./paths.ts";

const describePath = (path: QuizPath) => path.answers.map((a) => `${a.question}=${a.options.join("+")}`).join(" → ");

/** Coverage faults on one path: a described visitor who reached care without their screen. */
function coverageFaults(model: QuizModel, path: QuizPath): string[] {
  const screens = model.rules.coverage?.screens ?? [];
  if (path.urgent || path.outcome === null) return [];
  const facts = factsOf(model, path.answers);
  const asked = new Set(path.answers.map((a) => a.question));
  return screens.flatMap((screen) =>
    screen.covers
      .filter((cover) => !asked.has(screen.question) && (cover.when === undefined || holds(cover.when, facts)))
      .map((cover) => `"${cover.label}" reached ${path.outcome} without the ${screen.question} screen: ${describePath(path)}`),
  );
}

/** Urgent paths that stopped before a screen, declared for this visitor, holding a more urgent sign. */
function tierFaults(model: QuizModel, path: QuizPath): string[] {
  const screens = model.rules.coverage?.screens ?? [];
  // A shortcut, not a rule: on a care path (rank −1) no flag ranks above the outcome, and with no screens there is nothing to list.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as above.
  if (!path.urgent || screens.length === 0) return [];
  const rank = (id: string) => model.urgency.indexOf(id);
  const outcome = path.outcome!; // an urgent path ends at its urgent outcome
  const facts = factsOf(model, path.answers);
  const asked = new Set(path.answers.map((a) => a.question));
  return screens.flatMap((screen) => {
    if (asked.has(screen.question) || !screen.covers.some((c) => c.when === undefined || holds(c.when, facts))) return [];
    // The checker makes sure each screen names a question.
    const flags = model.questions.get(screen.question)!.options.flatMap((o) => (o.redFlag === undefined ? [] : [o.redFlag]));
    const top = Math.min(rank(outcome), ...flags.map(rank));
    return top < rank(outcome)
      ? [`${outcome} ended the visit before the ${screen.question} screen, which can find ${flags.find((f) => rank(f) === top)}: ${describePath(path)}`]
      : [];
  });
}

function redFlagFaults(model: QuizModel, path: QuizPath): string[] {
  return path.answers.flatMap((answer) =>
    answer.options.flatMap((optionId) => {
      const flag = model.options.get(answer.question)!.get(optionId)!.redFlag; // paths hold valid answers only
      const immediate = path.urgent && path.answers.at(-1) === answer;
      return flag !== undefined && !immediate
        ? [`red flag ${answer.question}/${optionId} led to ${path.outcome ?? "nothing"}, not straight to an urgent outcome`]
        : [];
    }),
  );
}

/** Walks every path of a checked model and returns what breaks the safety promise (empty when safe). */
export function proveSafety(model: QuizModel): string[] {
  return safetyFaults(model, explorePaths(model));
}

export function safetyFaults(model: QuizModel, report: PathReport): string[] {
  const faults: string[] = [];
  if (report.truncated) faults.push("the walk was cut short, so the proof covers only part of the quiz");
  for (const loop of report.loops) faults.push(`loop: ${loop.join(" → ")}`);
  for (const path of report.paths) {
    if (path.outcome === null) faults.push(`dead end after ${path.answers.map((a) => a.question).join(" → ")}`);
    faults.push(...redFlagFaults(model, path), ...coverageFaults(model, path), ...tierFaults(model, path));
  }
  const visited = new Set(report.paths.flatMap((p) => p.answers.map((a) => a.question)));
  const reached = new Set(report.paths.map((p) => p.outcome));
  const tried = new Set(report.paths.flatMap((p) => p.answers.flatMap((a) => a.options.map((o) => `${a.question}/${o}`))));
  for (const q of model.rules.questions) {
    if (!visited.has(q.id)) faults.push(`question ${q.id} is unreachable`);
    for (const o of q.options) {
      if (o.redFlag !== undefined && !tried.has(`${q.id}/${o.id}`)) faults.push(`red flag ${q.id}/${o.id} was never tried`);
      if (Object.values(o.points ?? {}).some((n) => n > 0) && o.reason === undefined) {
        faults.push(`${q.id}/${o.id} counts toward a result but has no reason text`);
      }
    }
  }
  for (const o of model.rules.outcomes) if (!reached.has(o.id)) faults.push(`outcome ${o.id} is unreachable`);
  return [...new Set(faults)];
}
