/**
 * Point and score totals for the path walk (paths.ts), and when two of them are the
 * same to the rest of a visit. The engine only compares one outcome's points with
 * another's (the most points wins), and a score with the thresholds conditions name.
 * So what matters is each pair's difference in points, and where a score stands
 * against the thresholds — and not even that once the answers still to come can no
 * longer change the comparison. Without this, every small difference in points (one
 * more goal ticked) would be walked again through all the questions after it.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Option } from "../rules/schema.ts";

/** Points or scores by id. */
export type Totals = ReadonlyMap<string, number>;

export function plus(a: Totals, b: Iterable<readonly [string, number]>): Totals {
  const sum = new Map(a);
  for (const [id, n] of b) sum.set(id, (sum.get(id) ?? 0) + n);
  return sum;
}

/** A canonical text for totals; a zero counts the same as nothing, as it does for the engine. */
export function encode(totals: Totals): string {
  const entries = [...totals].filter(([, n]) => n !== 0);
  // Stryker disable next-line EqualityOperator: equivalent, the ids of a map are distinct, so "<=" sorts the same.
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  const parts = entries.map(([id, n]) => `${id}=${n}`);
  return parts.join(",");
}

/** The least and most each total can still change by. */
interface Range {
  readonly min: Totals;
  readonly max: Totals;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The least and most a multiple-choice answer can add: it may tick every loss, or every gain, at once. */
function spread(values: number[]): [number, number] {
  // Stryker disable next-line EqualityOperator: equivalent, a zero adds nothing to the sum.
  return [sum(values.filter((n) => n < 0)), sum(values.filter((n) => n > 0))];
}

/**
 * How far each total can still move from each place in the quiz on: over every way
 * on, the most (and least) each question can add, then `atEnd`. A loop (only in rules
 * the checker rejects) could add without end.
 */
function rangesOf(model: QuizModel, ids: readonly string[], amounts: (o: Option) => Record<string, number> | undefined, atEnd: Range) {
  // Stryker disable next-line ArrayDeclaration: equivalent, an empty map reads as NaN, which like ±Infinity never settles a comparison.
  const unbounded: Range = { min: new Map(ids.map((id) => [id, -Infinity])), max: new Map(ids.map((id) => [id, Infinity])) };
  const ranges = new Map<string, Range | "walking">();
  const rangeFrom = (target: string): Range => {
    const question = model.questions.get(target);
    if (question === undefined) return atEnd;
    const known = ranges.get(target);
    if (known === "walking") return unbounded;
    // Stryker disable next-line ConditionalExpression: equivalent, a cache: walking a question again gives the same range.
    if (known !== undefined) return known;
    ranges.set(target, "walking");
    const nexts = [question.next, ...(question.branches ?? []).map((b) => b.goTo), ...question.options.flatMap((o) => o.redFlag ?? [])].map(rangeFrom);
    const min = new Map<string, number>();
    const max = new Map<string, number>();
    for (const id of ids) {
      const values = question.options.map((o) => amounts(o)?.[id] ?? 0);
      const [low, high] = question.type === "single" ? [Math.min(...values), Math.max(...values)] : spread(values);
      min.set(id, low + Math.min(...nexts.map((r) => r.min.get(id)!)));
      max.set(id, high + Math.max(...nexts.map((r) => r.max.get(id)!)));
    }
    const range = { min, max };
    ranges.set(target, range);
    return range;
  };
  return rangeFrom;
}

/**
 * A key for point totals at `target`: two totals with the same key pick the same
 * winner on every way on from there. Each pair of outcomes keeps its exact difference,
 * or just who is ahead once the remaining questions and adjustments can't close the gap.
 */
export function pointKeyer(model: QuizModel): (target: string, points: Totals) => string {
  const { rules } = model;
  const adjustments = rules.decision?.adjustments ?? [];
  const scored = new Set([
    ...rules.questions.flatMap((q) => q.options.flatMap((o) => Object.keys(o.points ?? {}))),
    ...adjustments.flatMap((a) => Object.keys(a.points)),
  ]);
  // Outcomes no answer gives points to all stay at 0: one of them speaks for the rest.
  const pointless = [...model.outcomes.keys()].find((id) => !scored.has(id));
  const ids = [...scored, ...(pointless === undefined ? [] : [pointless])];
  const rangeFrom = rangesOf(model, ids, (o) => o.points, {
    min: new Map(ids.map((id) => [id, sum(adjustments.map((a) => Math.min(0, a.points[id] ?? 0)))])),
    max: new Map(ids.map((id) => [id, sum(adjustments.map((a) => Math.max(0, a.points[id] ?? 0)))])),
  });
  return (target, points) => {
    const { min, max } = rangeFrom(target);
    // Stryker disable next-line ArrayDeclaration: equivalent, the same first part in every key.
    const parts: string[] = [];
    ids.forEach((a, i) => {
      // Stryker disable next-line MethodExpression,ArithmeticOperator: equivalent, a pair with itself always reads "0", and b with a says what a with b said.
      for (const b of ids.slice(i + 1)) {
        const gap = (points.get(a) ?? 0) - (points.get(b) ?? 0);
        // Settled for a (">") or for b ("<") whatever comes, else the exact gap.
        // Stryker disable next-line StringLiteral: equivalent, either mark emptied still differs from the other and from any gap.
        parts.push(gap + min.get(a)! - max.get(b)! > 0 ? ">" : gap + max.get(a)! - min.get(b)! < 0 ? "<" : String(gap));
      }
    });
    return parts.join(",");
  };
}

/**
 * A key for score totals at `target`, given the thresholds conditions compare each
 * score with: two totals with the same key compare the same with every threshold on
 * every way on. A score keeps its exact value, or just "above" or "below" all its
 * thresholds once the remaining questions can't bring it back among them.
 */
export function scoreKeyer(model: QuizModel, thresholds: ReadonlyMap<string, readonly number[]>): (target: string, scores: Totals) => string {
  const ids = [...thresholds.keys()];
  const nothing = new Map(ids.map((id) => [id, 0]));
  const rangeFrom = rangesOf(model, ids, (o) => o.scores, { min: nothing, max: nothing });
  return (target, scores) => {
    const { min, max } = rangeFrom(target);
    return ids.map((id) => {
      const value = scores.get(id) ?? 0;
      const limits = thresholds.get(id)!;
      // Stryker disable next-line StringLiteral: equivalent, "" still differs from "below" and from any value.
      if (limits.every((t) => value + min.get(id)! > t)) return "above";
      // Stryker disable next-line StringLiteral: equivalent, "" still differs from "above" and from any value.
      if (limits.every((t) => value + max.get(id)! < t)) return "below";
      return String(value);
    }).join(",");
  };
}
