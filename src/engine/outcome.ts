/**
 * Turns a finished answer log into a recommendation and the reasons for it.
 * Pure: the same rules and answers always give the same result.
 *
 * Order of decision: a red flag in the last answer; a branch that named an outcome;
 * the first outcome rule whose condition holds; the most points (ties by `careOrder`).
 */
import type { QuizModel } from "../rules/model.ts";
import type { Option, Outcome, Question } from "../rules/schema.ts";
import type { AnswerLog } from "./answers.ts";
import { type Facts, holds } from "./conditions.ts";
import { factsOf } from "./facts.ts";
import { redFlagIn, replay, type Replay } from "./route.ts";

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
  /** The deciding outcome rule's sentence, e.g. how a stated preference was weighed. */
  readonly note?: string;
  readonly secondary?: { readonly outcome: Outcome; readonly text: string };
  /** Answers that call for the see-your-doctor-first note; empty when none do. */
  readonly clearance: readonly Reason[];
  readonly points: ReadonlyMap<string, number>;
}

interface Chosen {
  readonly question: Question;
  readonly option: Option;
}

/** The options chosen in a replayed log, where every answer names a question and options the rules have. */
function chosenOptions(model: QuizModel, log: AnswerLog): Chosen[] {
  return log.flatMap((answer) => {
    const question = model.questions.get(answer.question)!;
    const options = model.options.get(answer.question)!;
    return answer.options.map((id) => ({ question, option: options.get(id)! }));
  });
}

const reasonOf = ({ question, option }: Chosen): Reason => ({
  question: question.id,
  source: option.id,
  text: option.reason ?? option.label,
});

/** An answer that adds or takes no points: its reason, if it has one, explains any result. */
const isNeutral = (option: Option) => Object.values(option.points ?? {}).every((n) => n === 0);

function tally(model: QuizModel, chosen: readonly Chosen[], facts: Facts) {
  const points = new Map<string, number>(model.careOrder.map((id) => [id, 0]));
  const add = (map: Record<string, number>) => {
    for (const [id, n] of Object.entries(map)) points.set(id, (points.get(id) ?? 0) + n);
  };
  for (const { option } of chosen) add(option.points ?? {});
  const adjustments = (model.rules.decision?.adjustments ?? []).flatMap((a, index) => (holds(a.when, facts) ? [{ ...a, index }] : []));
  for (const a of adjustments) add(a.points);
  return { points, adjustments };
}

/** The care outcome with the most points; ties go to the one listed first in `careOrder`. */
function winner(model: QuizModel, points: ReadonlyMap<string, number>): string {
  const order = model.careOrder;
  // Stryker disable next-line StringLiteral: equivalent, checked rules always have a care outcome to start from.
  return order.reduce((best, id) => ((points.get(id) ?? 0) > (points.get(best) ?? 0) ? id : best), order[0] ?? "");
}

/**
 * The recommendation for a log, or null while the visit is still asking questions.
 * The log is replayed first, so a stale or tampered log can never produce a result
 * the rules would not.
 */
export function recommend(model: QuizModel, rawLog: AnswerLog): Recommendation | null {
  return recommendAt(model, replay(model, rawLog));
}

/** The recommendation for a log already replayed (`replay`), for callers that have just done so. */
export function recommendAt(model: QuizModel, { log, step }: Replay): Recommendation | null {
  if (step.kind === "question") return null;
  const chosen = chosenOptions(model, log);

  const last = log.at(-1);
  const flag = last && redFlagIn(model, last);
  const flagged = flag && model.outcomes.get(flag);
  if (flagged) {
    const reasons = chosen.filter((c) => c.question.id === last!.question && c.option.redFlag !== undefined).map(reasonOf);
    return { outcome: flagged, urgent: flagged.kind === "urgent", reasons, clearance: [], points: new Map() };
  }

  const facts = factsOf(model, log);
  const { points, adjustments } = tally(model, chosen, facts);
  const rule = step.kind === "decide" ? model.rules.decision?.outcomeRules?.find((r) => holds(r.when, facts)) : undefined;
  const id = step.kind === "outcome" ? step.outcome : (rule?.outcome ?? winner(model, points));
  const outcome = model.outcomes.get(id);
  if (!outcome) return null;
  const urgent = outcome.kind === "urgent";
  const reasons = [
    ...chosen
      .filter(({ option }) => option.reason !== undefined && ((option.points?.[id] ?? 0) > 0 || isNeutral(option)))
      // A neutral answer that calls for the doctor-first note is explained there, not twice.
      .filter(({ option }) => option.clearance !== true || (option.points?.[id] ?? 0) > 0)
      .map(reasonOf),
    ...adjustments
      .filter((a) => (a.points[id] ?? 0) > 0)
      .map((a) => ({ question: "", source: `adjustment-${a.index}`, text: a.reason })),
  ];
  const clearance = urgent ? [] : chosen.filter(({ option }) => option.clearance === true).map(reasonOf);
  const follow = urgent
    ? undefined
    : model.rules.decision?.secondary?.find((s) => s.primary === id && (s.when === undefined || holds(s.when, facts)));
  const secondaryOutcome = follow ? model.outcomes.get(follow.secondary) : undefined;
  const base = { outcome, urgent, reasons, clearance, points, ...(rule?.note === undefined ? {} : { note: rule.note }) };
  return follow && secondaryOutcome ? { ...base, secondary: { outcome: secondaryOutcome, text: follow.text } } : base;
}
