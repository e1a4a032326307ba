/**
 * Size limits for rules files, checked before the schema and the logic checks run.
 *
 * Those checks recurse into conditions and loop over every option, so a file
 * nested thousands deep would overflow the stack and one with 50,000 options
 * would freeze the page. This walk never recurses and stops at the first list
 * that is too long, so it is fast on any input. The limits are far above what a
 * real quiz needs (the default rules have a few dozen questions, about a dozen
 * options at most, and conditions a few levels deep); the schema repeats them so
 * editors show them as you type.
 */
import { CONDITION_DEPTH, conditionDepthMessage } from "./condition-depth.ts";
import type { JsonPath, Problem } from "./problems.ts";

export { conditionDepthMessage } from "./condition-depth.ts";

export const LIMITS = {
  /** The whole file, in characters (about 2 MB). */
  fileCharacters: 2_000_000,
  /** Lists and objects inside each other, outside conditions. */
  nesting: 100,
  /** Conditions inside conditions ("all", "any", "not"), counting the outermost one. */
  conditionDepth: CONDITION_DEPTH,
  /** Any one text, id or link. */
  textLength: 5_000,
  /** Fields in one object, e.g. the outcome ids in "points". */
  fields: 100,
  /** Entries in a list, by the list's field name. */
  items: {
    questions: 1_000, options: 50, branches: 50, all: 50, any: 50, outcomes: 100, scores: 50,
    paragraphs: 50, explanation: 50, whatToExpect: 50, outcomeRules: 100, adjustments: 100, secondary: 100, tieBreak: 100,
    presentations: 50, screens: 50, covers: 50, allowedOrigins: 50, languages: 20,
  },
  /** Entries in any other list. */
  otherItems: 1_000,
} as const;

const NOUNS: Readonly<Record<string, string>> = {
  all: "conditions", any: "conditions", explanation: "paragraphs", whatToExpect: "items", secondary: "suggestions",
  tieBreak: "outcome ids", outcomeRules: "outcome rules", presentations: "question ids", allowedOrigins: "origins",
};

const count = (n: number) => n.toLocaleString("en");

/** The limit on a list by its field name; own keys only, so a field named "constructor" finds nothing. */
const itemLimit = (field: string): number | undefined =>
  Object.hasOwn(LIMITS.items, field) ? LIMITS.items[field as keyof typeof LIMITS.items] : undefined;

function listLimitMessage(field: string | number, length: number): string | undefined {
  const name = typeof field === "string" ? field : "";
  const limit = itemLimit(name) ?? LIMITS.otherItems;
  if (length <= limit) return undefined;
  const noun = Object.hasOwn(NOUNS, name) ? NOUNS[name] : itemLimit(name) === undefined ? "items" : name;
  return `There are ${count(length)} ${noun} here; the limit is ${count(limit)}.`;
}

export const nestingMessage = () =>
  `Lists and objects are nested more than ${LIMITS.nesting} deep here, which a rules file never needs: check for brackets pasted by mistake.`;

const fieldsMessage = (fields: number) => `This has ${count(fields)} fields; the limit is ${count(LIMITS.fields)}.`;

const textLengthMessage = (length: number) =>
  `This text is ${count(length)} characters long; the limit is ${count(LIMITS.textLength)}.`;

/** Where a list or object sits: how deep in the file, and how deep inside a condition (0 outside one). */
export interface Nesting {
  readonly depth: number;
  readonly condition: number;
  /** The list of an "all" or "any": each entry is one condition deeper. */
  readonly conditionList: boolean;
}

export const TOP: Nesting = { depth: 0, condition: 0, conditionList: false };

/** The nesting of the list or object found at `key` in `parent`; shared with the text scan so both count alike. */
export function nestedIn(parent: Nesting, key: string | number): Nesting {
  const depth = parent.depth + 1;
  if (parent.conditionList) return { depth, condition: parent.condition + 1, conditionList: false };
  if (key === "when") return { depth, condition: 1, conditionList: false };
  if (parent.condition > 0 && key === "not") return { depth, condition: parent.condition + 1, conditionList: false };
  if (parent.condition > 0 && (key === "all" || key === "any")) return { depth, condition: parent.condition, conditionList: true };
  return { depth, condition: 0, conditionList: false };
}

export const inCondition = (n: Nesting) => n.condition > 0 || n.conditionList;

/** The outermost condition of a tree and the deepest level found under it. */
export interface ConditionRoot<At> {
  /** Where the tree is; turned into a path only if it is reported, as building one costs its depth. */
  readonly at: At;
  deepest: number;
}

/** A value in the walk, linked to its parent so paths are only built for the few values reported. */
interface Item {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Item | undefined;
  readonly nesting: Nesting;
  readonly root: ConditionRoot<Item> | undefined;
}

function pathOf(item: Item): JsonPath {
  const path: (string | number)[] = [];
  for (let at: Item | undefined = item; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Problems with the size of already-parsed rules data; empty when every limit holds. */
export function checkLimits(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const error = (item: Item, message: string) => problems.push({ path: pathOf(item), message, severity: "error" });
  const roots: ConditionRoot<Item>[] = [];
  const stack: Item[] = [{ value: data, key: "", parent: undefined, nesting: nestedIn(TOP, ""), root: undefined }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { value, nesting } = item;
    if (typeof value === "string" && value.length > LIMITS.textLength) error(item, textLengthMessage(value.length));
    if (typeof value !== "object" || value === null) continue;
    let root = item.root;
    if (nesting.condition === 1 && !nesting.conditionList) {
      root = { at: item, deepest: 1 };
      roots.push(root);
    }
    if (root) root.deepest = Math.max(root.deepest, nesting.condition);
    else if (nesting.depth > LIMITS.nesting) {
      error(item, nestingMessage());
      continue;
    }
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const tooMany = keys === undefined
      ? listLimitMessage(item.key, (value as unknown[]).length)
      : keys.length > LIMITS.fields ? fieldsMessage(keys.length) : undefined;
    if (tooMany) {
      error(item, tooMany);
      continue;
    }
    const entries: [string | number, unknown][] = keys === undefined
      ? (value as unknown[]).map((v, i) => [i, v])
      : keys.map((k) => [k, (value as Record<string, unknown>)[k]]);
    for (const [key, child] of entries) {
      const childNesting = nestedIn(nesting, key);
      stack.push({ value: child, key, parent: item, nesting: childNesting, root: inCondition(childNesting) ? root : undefined });
    }
  }
  for (const root of roots) {
    if (root.deepest > LIMITS.conditionDepth) problems.push({ path: pathOf(root.at), message: conditionDepthMessage(root.deepest), severity: "error" });
  }
  return problems;
}
