/**
 * Translations of a rules file: one flat JSON object per language, next to the rules,
 * keyed by the path to each text built from ids (`questions.where.options.neck.label`),
 * so saved answers, events and keys stay the same in every language and don't move when
 * staff reorder questions. Lists without ids use their position (`intro.paragraphs.0`).
 * Keys starting with `$` are notes; `"$sameAsEnglish": [keys]` lists texts that are
 * rightly the same in both languages.
 *
 * - `translatableTexts(rules)`: every text to translate, with its key and JSON path.
 * - `localizeRules(rules, translation)`: a complete rules object in that language (same
 *   ids, same logic), so the engine and the UI need nothing new.
 * - `forVisitors(rules)`: the copy a browser is served, without what only staff read.
 *
 * Checking a translation file is in translation-check.ts.
 */
import type { JsonPath } from "./problems.ts";
import type { Rules } from "./schema.ts";

export interface TranslatableText {
  /** Its key in a translation file, e.g. `questions.where.options.neck.label`. */
  readonly key: string;
  /** Where it is in the rules file, e.g. `["questions", 2, "options", 0, "label"]`. */
  readonly path: JsonPath;
  /** The text in the rules file's own language. */
  readonly text: string;
  /** False for text only staff read (the coverage labels in the checker and preview): a translation may leave it out. */
  readonly visitorFacing: boolean;
}

/** Every text of the rules a visitor (or, for coverage, staff) reads, in file order. */
export function translatableTexts(rules: Rules): TranslatableText[] {
  const out: TranslatableText[] = [];
  const add = (key: string, path: JsonPath, text: string | undefined, visitorFacing = true) => {
    if (text !== undefined) out.push({ key, path, text, visitorFacing });
  };
  const addAll = (key: string, path: JsonPath, texts: readonly string[] | undefined) =>
    texts?.forEach((text, i) => add(`${key}.${i}`, [...path, i], text));

  add("title", ["title"], rules.title);
  add("intro.heading", ["intro", "heading"], rules.intro.heading);
  addAll("intro.paragraphs", ["intro", "paragraphs"], rules.intro.paragraphs);
  rules.questions.forEach((q, qi) => {
    const key = `questions.${q.id}`;
    const path = ["questions", qi];
    add(`${key}.text`, [...path, "text"], q.text);
    add(`${key}.help`, [...path, "help"], q.help);
    q.options.forEach((o, oi) => {
      const okey = `${key}.options.${o.id}`;
      const opath = [...path, "options", oi];
      add(`${okey}.label`, [...opath, "label"], o.label);
      add(`${okey}.help`, [...opath, "help"], o.help);
      add(`${okey}.reason`, [...opath, "reason"], o.reason);
    });
  });
  rules.outcomes.forEach((o, i) => {
    const key = `outcomes.${o.id}`;
    const path = ["outcomes", i];
    add(`${key}.title`, [...path, "title"], o.title);
    add(`${key}.caption`, [...path, "caption"], o.caption);
    add(`${key}.summary`, [...path, "summary"], o.summary);
    addAll(`${key}.whatToExpect`, [...path, "whatToExpect"], o.whatToExpect);
    addAll(`${key}.explanation`, [...path, "explanation"], o.explanation);
    add(`${key}.action.label`, [...path, "action", "label"], o.action?.label);
    add(`${key}.booking.label`, [...path, "booking", "label"], o.booking?.label);
  });
  rules.scores?.forEach((s, i) => add(`scores.${s.id}.label`, ["scores", i, "label"], s.label));
  rules.decision?.outcomeRules?.forEach((r, i) => add(`decision.outcomeRules.${i}.note`, ["decision", "outcomeRules", i, "note"], r.note));
  rules.decision?.adjustments?.forEach((a, i) => add(`decision.adjustments.${i}.reason`, ["decision", "adjustments", i, "reason"], a.reason));
  rules.decision?.secondary?.forEach((s, i) => add(`decision.secondary.${i}.text`, ["decision", "secondary", i, "text"], s.text));
  const screens = rules.coverage?.screens ?? [];
  screens.forEach((s, i) => {
    // Keyed by the screen's question when that is unique, by position otherwise.
    const key = `coverage.screens.${screens.filter((t) => t.question === s.question).length === 1 ? s.question : i}`;
    add(`${key}.label`, ["coverage", "screens", i, "label"], s.label, false);
    s.covers.forEach((c, ci) => add(`${key}.covers.${ci}.label`, ["coverage", "screens", i, "covers", ci, "label"], c.label, false));
  });
  add("booking.label", ["booking", "label"], rules.booking.label);
  add("clearance.title", ["clearance", "title"], rules.clearance?.title);
  add("clearance.text", ["clearance", "text"], rules.clearance?.text);
  add("disclaimer", ["disclaimer"], rules.disclaimer);
  add("clinic.name", ["clinic", "name"], rules.clinic?.name);
  return out;
}

/** A translation: text by key. */
export type Translation = ReadonlyMap<string, string>;

/**
 * The rules with every text that has a translation replaced by it; the rest (staff-only
 * text, or a key the checker would report missing) stays as written. Ids, conditions, points,
 * links and the list of languages are untouched, so the result is a complete rules file with
 * the same logic. The input is not changed.
 */
export function localizeRules(rules: Rules, translation: Translation): Rules {
  const copy = structuredClone(rules);
  for (const { key, path } of translatableTexts(rules)) {
    const text = translation.get(key);
    if (text === undefined || text.trim() === "") continue;
    let node: unknown = copy;
    for (const step of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
    (node as Record<string | number, unknown>)[path.at(-1)!] = text;
  }
  return copy;
}

/**
 * The rules as served to visitors in a language other than the default: without the fields only
 * staff read (the coverage that the checker's safety proof uses, clinical reviews and review notes,
 * the editor's `$schema`), which visitors' browsers never use. Ids and everything the engine
 * reads are untouched. About a tenth smaller, so every language's first load keeps the size budget.
 */
export function forVisitors(rules: Rules): Rules {
  const { $schema: _schema, coverage: _coverage, ...rest } = rules;
  return {
    ...rest,
    questions: rules.questions.map(({ review: _review, ...q }) => q),
    outcomes: rules.outcomes.map(({ review: _review, reviewNote: _note, ...o }) => o),
  };
}

