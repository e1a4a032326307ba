/**
 * Walks every distinct path through a rule set: the safety proof in the test
 * suite and the staff preview's path explorer read this.
 *
 * Multiple-choice answers have too many combinations to try them all, so each
 * question is tried with the answers that can make a difference: every red-flag
 * and exclusive option on its own, every combination of the options that some
 * condition mentions, and "everything else ticked" (the most points). Options
 * that no condition mentions can only change points, which the extremes cover.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Condition, Question } from "../rules/schema.ts";
import type { Answer } from "./answers.ts";
import { recommend } from "./outcome.ts";
import { answerProblem, stepFor, targetAfter } from "./route.ts";

export interface QuizPath {
  readonly answers: readonly Answer[];
  /** The outcome id the visitor ends at, or null when the path ends nowhere. */
  readonly outcome: string | null;
  readonly urgent: boolean;
}

export interface PathReport {
  readonly paths: readonly QuizPath[];
  /** Question ids visited twice on one path: a loop. */
  readonly loops: readonly string[][];
  /** True when `limit` stopped the walk before every path was seen. */
  readonly truncated: boolean;
}

function mentionedOptions(model: QuizModel): Map<string, Set<string>> {
  const mentioned = new Map<string, Set<string>>();
  const visit = (c: Condition): void => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("question" in c) {
      const set = mentioned.get(c.question) ?? new Set();
      set.add("equals" in c ? c.equals : c.includes);
      mentioned.set(c.question, set);
    }
  };
  const { rules } = model;
  rules.questions.forEach((q) => q.branches?.forEach((b) => visit(b.when)));
  rules.decision?.outcomeRules?.forEach((r) => visit(r.when));
  rules.decision?.adjustments?.forEach((a) => visit(a.when));
  rules.decision?.secondary?.forEach((s) => s.when && visit(s.when));
  rules.coverage?.screens.forEach((s) => s.covers.forEach((c) => c.when && visit(c.when)));
  return mentioned;
}

const MAX_COMBINED = 8;

/** The answers worth trying for one question (see the file comment). */
export function candidateAnswers(question: Question, mentioned: ReadonlySet<string>): string[][] {
  if (question.type === "single") return question.options.map((o) => [o.id]);
  const alone = question.options.filter((o) => o.redFlag !== undefined || o.exclusive).map((o) => [o.id]);
  const free = question.options.filter((o) => o.redFlag === undefined && !o.exclusive);
  const keyed = free.filter((o) => mentioned.has(o.id)).slice(0, MAX_COMBINED).map((o) => o.id);
  const others = free.filter((o) => !keyed.includes(o.id)).map((o) => o.id);
  const combos: string[][] = [];
  for (let mask = 0; mask < 1 << keyed.length; mask++) {
    const chosen = keyed.filter((_, i) => mask & (1 << i));
    if (others.length > 0) combos.push([...chosen, others[0]!], [...chosen, ...others]);
    else if (chosen.length > 0) combos.push(chosen);
  }
  const unique = new Map([...alone, ...combos].map((c) => [[...c].sort().join("+"), c]));
  return [...unique.values()].filter((c) => answerProblem(question, c) === null);
}

export function explorePaths(model: QuizModel, limit = 200_000): PathReport {
  const mentioned = mentionedOptions(model);
  const paths: QuizPath[] = [];
  const loops: string[][] = [];
  let truncated = false;
  const log: Answer[] = [];

  const walk = (target: string): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    const step = stepFor(model, target);
    if (step.kind !== "question") {
      const result = recommend(model, log);
      paths.push({ answers: [...log], outcome: result?.outcome.id ?? null, urgent: result?.urgent ?? false });
      return;
    }
    const question = step.question;
    if (log.some((a) => a.question === question.id)) {
      loops.push([...log.map((a) => a.question), question.id]);
      return;
    }
    for (const options of candidateAnswers(question, mentioned.get(question.id) ?? new Set())) {
      log.push({ question: question.id, options });
      walk(targetAfter(model, log));
      log.pop();
    }
  };
  walk(model.rules.start);
  return { paths, loops, truncated };
}
