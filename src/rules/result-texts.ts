/**
 * The texts only a care result shows, served apart from the rules file a visitor's browser
 * loads first. Staff never see this split: they edit one rules file (and one translation
 * file) per language; the build serves each language as two files:
 *
 *   rules/care-quiz.json            everything the questions need, and everything any urgent
 *                                   result needs — loaded at start, in the first screen's budget
 *   rules/care-quiz.results.json    the rest of the result texts, by key — loaded with the
 *                                   result's code, when the page is idle
 *
 * (`rules/fr/care-quiz.json` and `rules/fr/care-quiz.results.json` for French: `rulesFileFor` and
 * `resultsFileFor` in languages.ts.) The first
 * file names the second's SHA-256 in `"$results"`, so the pair can't be mixed up: the build
 * bakes the first file's hash into the app, and the second is used only if its bytes have the
 * hash the first names.
 *
 * Keys are the translation files' keys (translation.ts): `questions.<id>.options.<id>.reason`,
 * `outcomes.<id>.summary`, `outcomes.<id>.explanation.0`, `decision.secondary.0.text`…
 *
 * **What stays in the first file, for safety:** an urgent result must never depend on a
 * second download. Every urgent outcome keeps all its texts (title, caption, summary, the
 * steps in `whatToExpect`, explanation, action); the answers an urgent result can list keep
 * their `reason` (red flags; and, when an urgent outcome can be reached other than by a red
 * flag, the answers that result would list); the clearance answers keep theirs (the "check
 * with your doctor first" note lists them), as do an urgent outcome rule's note and an
 * adjustment toward an urgent outcome. The booking link, the disclaimer, the clearance note
 * and every title stay too, so a care result still shows what to do when the second file
 * can't be had. `recommend` on the first file alone therefore gives every urgent result
 * exactly as on the whole (tests/unit/rules/result-texts.test.ts walks every path).
 *
 * Pure and free of Node APIs: the build splits, the browser merges.
 */
import type { Option, Rules } from "./schema.ts";

/** The field of a served first-load file that names its result texts' file by hash. */
export const RESULTS_FIELD = "$results";

/** What `"$results"` holds. */
export interface ResultsRef {
  /** SHA-256 (hex) of the result texts file's bytes. */
  readonly sha256: string;
}

/** Result texts by key, as the second file holds them. */
export type ResultTexts = Readonly<Record<string, string>>;

/** The `"$results"` of a parsed first-load file, when it has a well-formed one. */
export function resultsRefOf(data: unknown): ResultsRef | undefined {
  const ref = isObject(data) ? data[RESULTS_FIELD] : undefined;
  return isObject(ref) && typeof ref["sha256"] === "string" && /^[0-9a-f]{64}$/.test(ref["sha256"]) ? { sha256: ref["sha256"] } : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isNeutral = (option: Option) => Object.values(option.points ?? {}).every((n) => n === 0);

/**
 * Splits the rules a visitor is served into what the first screen and every urgent result
 * need (`first`) and the texts only care results show (`texts`). The input is not changed.
 */
export function splitResultTexts(rules: Rules): { first: Rules; texts: Record<string, string> } {
  const urgent = new Set(rules.outcomes.filter((o) => o.kind === "urgent").map((o) => o.id));
  // Urgent outcomes a visitor can reach other than by a red flag: such a result lists the
  // answers that gave it points and the neutral answers with a reason (engine/outcome.ts).
  const reachedOtherwise = new Set(
    [
      ...rules.questions.flatMap((q) => [q.next, ...(q.branches ?? []).map((b) => b.goTo)]),
      ...(rules.decision?.outcomeRules ?? []).map((r) => r.outcome),
      ...(rules.decision?.tieBreak ?? []),
    ].filter((id): id is string => id !== undefined && urgent.has(id)),
  );
  const towardUrgent = (points: Readonly<Record<string, number>> | undefined) => Object.keys(points ?? {}).some((id) => reachedOtherwise.has(id));
  const urgentMayList = (o: Option) => o.redFlag !== undefined || o.clearance === true || (reachedOtherwise.size > 0 && (isNeutral(o) || towardUrgent(o.points)));

  const first = structuredClone(rules);
  const texts: Record<string, string> = {};
  const move = (object: object, field: string, key: string) => {
    const holder = object as Record<string, unknown>;
    const text = holder[field];
    if (typeof text === "string") texts[key] = text;
    else if (Array.isArray(text) && text.length > 0) text.forEach((item: string, i) => (texts[`${key}.${i}`] = item));
    else return;
    delete holder[field];
  };
  for (const q of first.questions) {
    for (const o of q.options) if (!urgentMayList(o)) move(o, "reason", `questions.${q.id}.options.${o.id}.reason`);
  }
  for (const o of first.outcomes) {
    if (o.kind === "urgent") continue;
    for (const field of ["summary", "explanation", "whatToExpect"]) move(o, field, `outcomes.${o.id}.${field}`);
  }
  first.decision?.outcomeRules?.forEach((r, i) => {
    if (!urgent.has(r.outcome)) move(r, "note", `decision.outcomeRules.${i}.note`);
  });
  first.decision?.adjustments?.forEach((a, i) => {
    if (!towardUrgent(a.points)) move(a, "reason", `decision.adjustments.${i}.reason`);
  });
  // Only a care result has a "Later: …" suggestion.
  first.decision?.secondary?.forEach((s, i) => move(s, "text", `decision.secondary.${i}.text`));
  return { first, texts };
}

/**
 * Puts result texts back where `splitResultTexts` took them from, in a copy of `data`
 * (parsed JSON, not yet checked: anything of the wrong shape is left alone). A text never
 * replaces one the rules already have. `unused`: the keys that found no place.
 */
export function mergeResultTexts<T>(data: T, texts: ResultTexts): { rules: T; unused: string[] } {
  const copy = structuredClone(data);
  const left = new Map(Object.entries(texts));
  const take = (key: string) => {
    const text = left.get(key);
    left.delete(key);
    return text;
  };
  const put = (holder: unknown, field: string, key: string, many = false) => {
    if (!isObject(holder) || field in holder) return;
    if (!many) {
      const text = take(key);
      if (text !== undefined) holder[field] = text;
      return;
    }
    const items: string[] = [];
    for (let i = 0; left.has(`${key}.${i}`); i++) items.push(take(`${key}.${i}`)!);
    if (items.length > 0) holder[field] = items;
  };
  const rules: unknown = copy;
  if (isObject(rules)) {
    for (const q of list(rules["questions"])) {
      if (isObject(q)) for (const o of list(q["options"])) put(o, "reason", `questions.${String(q["id"])}.options.${String(isObject(o) ? o["id"] : "")}.reason`);
    }
    for (const o of list(rules["outcomes"])) {
      const key = `outcomes.${String(isObject(o) ? o["id"] : "")}`;
      put(o, "summary", `${key}.summary`);
      put(o, "explanation", `${key}.explanation`, true);
      put(o, "whatToExpect", `${key}.whatToExpect`, true);
    }
    const decision = isObject(rules["decision"]) ? rules["decision"] : {};
    list(decision["outcomeRules"]).forEach((r, i) => put(r, "note", `decision.outcomeRules.${i}.note`));
    list(decision["adjustments"]).forEach((a, i) => put(a, "reason", `decision.adjustments.${i}.reason`));
    list(decision["secondary"]).forEach((s, i) => put(s, "text", `decision.secondary.${i}.text`));
  }
  return { rules: copy, unused: [...left.keys()] };
}

/**
 * A result texts file's content, or undefined if it isn't one: a JSON object of texts (a key
 * starting with `$` is a note and is skipped, like in translation files).
 */
export function parseResultTexts(text: string): ResultTexts | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data)) return undefined;
  const entries = Object.entries(data).filter(([key]) => !key.startsWith("$"));
  return entries.every(([, value]) => typeof value === "string") ? (Object.fromEntries(entries) as ResultTexts) : undefined;
}
