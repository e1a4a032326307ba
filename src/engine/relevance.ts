/**
 * What the rest of a visit can read of the answers, for the path walk (paths.ts):
 * the conditions in the rules, which questions and options they name, and which
 * scores they compare. Everything else about an answer — which of several options
 * no condition names was ticked — can only change points, scores and clearance.
 */
import type { QuizModel } from "../rules/model.ts";
import { type ConditionTest, eachTest, optionOf } from "../rules/conditions-walk.ts";
import type { Condition } from "../rules/schema.ts";

interface Readers {
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
// Stryker disable next-line ArrayDeclaration: equivalent, a string where conditions are watched is scanned and ignored.
export function relevanceOf(model: QuizModel, watch: readonly Condition[] = []): Relevance {
  const conditions: Condition[] = [];
  const readers = new Map<string, { conditions: Set<number>; options: Set<string> }>();
  const scores = new Map<string, number[]>();
  const read = (test: ConditionTest, whole: number) => {
    if ("question" in test) {
      const entry = readers.get(test.question) ?? { conditions: new Set(), options: new Set() };
      entry.conditions.add(whole);
      entry.options.add(optionOf(test));
      readers.set(test.question, entry);
    } else {
      scores.set(test.score, [...(scores.get(test.score) ?? []), ...[test.atLeast, test.atMost].filter((n) => typeof n === "number")]);
    }
  };
  const scan = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    const node = value as Record<string, unknown>;
    if (!isCondition(node)) {
      Object.values(node).forEach(scan); // an array's items too
      return;
    }
    const whole = conditions.push(node as unknown as Condition) - 1;
    // Stryker disable next-line ArrayDeclaration: equivalent, this visitor never reads the path.
    eachTest(node as unknown as Condition, [], (test) => read(test, whole));
  };
  scan([model.rules, watch]);
  return { conditions, readers: new Map([...readers].map(([id, r]) => [id, { conditions: [...r.conditions], options: r.options }])), scores };
}
