/**
 * What the rest of a visit can read of the answers, for the path walk (paths.ts):
 * the conditions in the rules, which questions and options they name, and which
 * scores they compare. Everything else about an answer — which of several options
 * no condition names was ticked — can only change points, scores and clearance.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Condition } from "../rules/schema.ts";

export interface Readers {
  /** The conditions that read this question's answer, by position in `Relevance.conditions`. */
  readonly conditions: readonly number[];
  /** The options they name. */
  readonly options: ReadonlySet<string>;
}

export interface Relevance {
  /** Every condition in the rules (whole ones, not their parts), and any the caller watches. */
  readonly conditions: readonly Condition[];
  /** By question id. */
  readonly readers: ReadonlyMap<string, Readers>;
  /** The scores conditions compare, with the thresholds they compare them with; other scores can't change a path. */
  readonly scores: ReadonlyMap<string, readonly number[]>;
}

const isCondition = (node: Record<string, unknown>) =>
  (typeof node["question"] === "string" && (typeof node["equals"] === "string" || typeof node["includes"] === "string")) ||
  typeof node["score"] === "string" ||
  Array.isArray(node["all"]) || Array.isArray(node["any"]) || (typeof node["not"] === "object" && node["not"] !== null);

/**
 * Finds conditions by their shape anywhere in the rules, rather than where conditions
 * are known to live, so conditions in new places (outcome rules, coverage…) count
 * without changing this file; counting something that is not one only makes the walk
 * do more work. `watch` adds conditions a caller will check on the paths.
 */
export function relevanceOf(model: QuizModel, watch: readonly Condition[] = []): Relevance {
  const conditions: Condition[] = [];
  const readers = new Map<string, { conditions: Set<number>; options: Set<string> }>();
  const scores = new Map<string, number[]>();
  const scan = (value: unknown, whole: number | undefined): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((v) => scan(v, whole));
      return;
    }
    const node = value as Record<string, unknown>;
    const within = whole ?? (isCondition(node) ? conditions.push(node as unknown as Condition) - 1 : undefined);
    const { question, equals, includes, score, atLeast, atMost } = node;
    if (within !== undefined && typeof question === "string" && (typeof equals === "string" || typeof includes === "string")) {
      const entry = readers.get(question) ?? { conditions: new Set(), options: new Set() };
      entry.conditions.add(within);
      entry.options.add(typeof equals === "string" ? equals : String(includes));
      readers.set(question, entry);
    }
    if (within !== undefined && typeof score === "string") {
      scores.set(score, [...(scores.get(score) ?? []), ...[atLeast, atMost].filter((n) => typeof n === "number")]);
    }
    Object.values(node).forEach((v) => scan(v, within));
  };
  scan([model.rules, watch], undefined);
  return { conditions, readers: new Map([...readers].map(([id, r]) => [id, { conditions: [...r.conditions], options: r.options }])), scores };
}
