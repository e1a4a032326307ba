/**
 * Turns a finished answer log into a recommendation and the reasons for it.
 * Pure: the same rules and answers always give the same result.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Outcome } from "../rules/schema.ts";
import type { AnswerLog } from "./answers.ts";
import { holds } from "./conditions.ts";
import { factsOf } from "./facts.ts";
import { redFlagIn, replay } from "./route.ts";

export interface Reason {
  readonly question: string;
  /** The option id, or the adjustment's index for reasons that come from a score. */
  readonly source: string;
  readonly text: string;
}

export interface Recommendation {
  readonly outcome: Outcome;
  readonly urgent: boolean;
  /** The answers (and score-based adjustments) that led to this outcome, in the order given. */
  readonly reasons: readonly Reason[];
  readonly secondary?: { readonly outcome: Outcome; readonly text: string };
  /** Answers that call for the see-your-doctor-first note; empty when none do. */
  readonly clearance: readonly Reason[];
  readonly points: ReadonlyMap<string, number>;
}

function chosenOptions(model: QuizModel, log: AnswerLog) {
  return log.flatMap((answer) =>
    answer.options.flatMap((id) => {
      const option = model.options.get(answer.question)?.get(id);
      const question = model.questions.get(answer.question);
      return option && question ? [{ question, option }] : [];
    }),
  );
}

function tally(model: QuizModel, log: AnswerLog) {
  const facts = factsOf(model, log);
  const points = new Map<string, number>(model.rules.decision.tieBreak.map((id) => [id, 0]));
  const add = (map: Record<string, number>) => {
    for (const [id, n] of Object.entries(map)) points.set(id, (points.get(id) ?? 0) + n);
  };
  for (const { option } of chosenOptions(model, log)) add(option.points ?? {});
  const adjustments = (model.rules.decision.adjustments ?? []).filter((a) => holds(a.when, facts));
  for (const a of adjustments) add(a.points);
  return { facts, points, adjustments };
}

/** The care outcome with the most points; ties go to the one listed first in `tieBreak`. */
function winner(model: QuizModel, points: ReadonlyMap<string, number>): string {
  const order = model.rules.decision.tieBreak;
  return order.reduce((best, id) => ((points.get(id) ?? 0) > (points.get(best) ?? 0) ? id : best), order[0] ?? "");
}

/**
 * The recommendation for a log, or null while the visit is still asking questions.
 * The log is replayed first, so a stale or tampered log can never produce a result
 * the rules would not.
 */
export function recommend(model: QuizModel, rawLog: AnswerLog): Recommendation | null {
  const { log, step } = replay(model, rawLog);
  if (step.kind === "question") return null;
  const chosen = chosenOptions(model, log);
  const reasonOf = (q: string, o: { id: string; label: string; reason?: string | undefined }) => ({
    question: q,
    source: o.id,
    text: o.reason ?? o.label,
  });

  const last = log.at(-1);
  const flag = last ? redFlagIn(model, last) : undefined;
  if (flag !== undefined) {
    const outcome = model.outcomes.get(flag);
    if (outcome) {
      const reasons = chosen
        .filter(({ question, option }) => question.id === last?.question && option.redFlag !== undefined)
        .map(({ question, option }) => reasonOf(question.id, option));
      return { outcome, urgent: outcome.kind === "urgent", reasons, clearance: [], points: new Map() };
    }
  }

  const { facts, points, adjustments } = tally(model, log);
  const id = step.kind === "outcome" ? step.outcome : winner(model, points);
  const outcome = model.outcomes.get(id);
  if (!outcome) return null;
  const urgent = outcome.kind === "urgent";
  const reasons = [
    ...chosen
      .filter(({ option }) => (option.points?.[id] ?? 0) > 0)
      .map(({ question, option }) => reasonOf(question.id, option)),
    ...adjustments
      .filter((a) => (a.points[id] ?? 0) > 0)
      .map((a) => ({ question: "", source: `adjustment-${model.rules.decision.adjustments?.indexOf(a) ?? 0}`, text: a.reason })),
  ];
  const clearance = urgent
    ? []
    : chosen.filter(({ option }) => option.clearance === true).map(({ question, option }) => reasonOf(question.id, option));
  const rule = urgent
    ? undefined
    : model.rules.decision.secondary?.find((s) => s.primary === id && (s.when === undefined || holds(s.when, facts)));
  const secondaryOutcome = rule ? model.outcomes.get(rule.secondary) : undefined;
  const base = { outcome, urgent, reasons, clearance, points };
  return rule && secondaryOutcome ? { ...base, secondary: { outcome: secondaryOutcome, text: rule.text } } : base;
}
