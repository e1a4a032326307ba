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
 * - `checkTranslationText(…)`: a translation file's text → problems located at a line and
 *   column in the file that needs the fix; never throws.
 * - `checkLanguages(…)`: a rules file and all its translation files at once.
 */
import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { type LocatedProblem, lineStarts, locate, position } from "./check-text.ts";
import { duplicateKeys } from "./duplicate-keys.ts";
import { defaultLanguageOf, languageName, languagesOf, translationFileFor } from "./languages.ts";
import { LIMITS } from "./limits.ts";
import { internalErrorMessage, type JsonPath, type PlacedProblem } from "./problems.ts";
import type { Rules } from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { blankBom, encodingProblems } from "./text-encoding.ts";
import { checkTextLimits } from "./text-limits.ts";
import { validateRules } from "./validate.ts";

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

/** A located problem and the file it is in: the rules file for a missing text, the translation file otherwise. */
export interface FileProblem extends LocatedProblem {
  readonly file: string;
}

export interface TranslationCheck {
  readonly problems: readonly FileProblem[];
  /** The rules in that language, when the translation has no errors (warnings allowed). */
  readonly localized: Rules | null;
}

export interface TranslationInput {
  /** The rules file's name and text as saved, for locating texts that lack a translation. */
  readonly rulesFile: string;
  readonly rulesText: string;
  /** The checked rules from that text. */
  readonly rules: Rules;
  readonly language: string;
  readonly translationFile: string;
  readonly translationText: string;
}

/** Notes and settings in a translation file, not translations. */
const isNote = (key: string) => key.startsWith("$");
const SAME_AS_ENGLISH = "$sameAsEnglish";
/** Did-you-mean is worth its cost for a few unknown keys, not for a pasted file of thousands. */
const SUGGESTIONS = 20;

interface Entry {
  readonly key: string;
  readonly name: Node;
  readonly value: Node | undefined;
}

function checkTranslation(input: TranslationInput): TranslationCheck {
  const { rulesFile, translationFile: file, translationText: text, language } = input;
  const starts = lineStarts(text);
  const here = (p: PlacedProblem): FileProblem => ({ ...p, ...position(starts, p.offset), file });
  const at = (offset: number, length: number, severity: "error" | "warning", message: string, path: JsonPath = [], key?: boolean): FileProblem =>
    here({ path, offset, length, severity, message, ...(key ? { at: "key" as const } : {}) });
  const name = languageName(language);

  // Size and encoding first and alone, as for rules files: everything after reads the whole text.
  const limits = checkTextLimits(text);
  const encoding = limits.length > 0 ? [] : encodingProblems(text);
  const refused = [...encoding, ...limits];
  if (refused.some((p) => p.severity === "error")) return { problems: refused.map(here), localized: null };

  const json = blankBom(text);
  const errors: ParseError[] = [];
  const tree = parseTree(json, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0] ?? ({ error: 4, offset: 0, length: 0 } as ParseError);
    return { problems: [...encoding.map(here), at(first.offset, first.length, "error", `JSON syntax error: ${printParseErrorCode(first.error)}`)], localized: null };
  }
  const problems: FileProblem[] = [...encoding.map(here), ...duplicateKeys(tree, (offset) => position(starts, offset).line).map(here)];
  if (tree.type !== "object") {
    problems.push(at(tree.offset, tree.length, "error", `A translation file is one object { … } of texts by key, e.g. { "title": "…" }.`));
    return { problems, localized: null };
  }

  const entries = new Map<string, Entry>();
  for (const property of tree.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode === undefined || typeof keyNode.value !== "string" || entries.has(keyNode.value)) continue;
    entries.set(keyNode.value, { key: keyNode.value, name: keyNode, value });
  }

  const texts = translatableTexts(input.rules);
  const byKey = new Map(texts.map((t) => [t.key, t]));

  // "$sameAsEnglish": keys whose text is rightly the same as in the rules file.
  const same = new Set<string>();
  const sameEntry = entries.get(SAME_AS_ENGLISH);
  if (sameEntry?.value) {
    const list = sameEntry.value;
    if (list.type !== "array") problems.push(at(list.offset, list.length, "error", `"${SAME_AS_ENGLISH}" is a list of keys, e.g. ["scores.total.label"].`, [SAME_AS_ENGLISH]));
    else {
      for (const item of list.children ?? []) {
        if (item.type === "string" && byKey.has(item.value as string)) same.add(item.value as string);
        else problems.push(at(item.offset, item.length, "warning", `${item.type === "string" ? `"${String(item.value)}" is not a text of ${rulesFile}` : "List keys in double quotes"}: "${SAME_AS_ENGLISH}" lists keys of texts rightly the same in both languages.`, [SAME_AS_ENGLISH]));
      }
    }
  }

  const translation = new Map<string, string>();
  const missing: FileProblem[] = [];
  const missingPaths: { path: JsonPath; message: string }[] = [];
  for (const t of texts) {
    const entry = entries.get(t.key);
    if (entry === undefined) {
      if (t.visitorFacing) {
        missingPaths.push({ path: t.path, message: `No ${name} text for this in ${file}: add "${t.key}": "…" there.` });
      }
      continue;
    }
    const value = entry.value;
    const path = [t.key];
    if (value === undefined || value.type !== "string") {
      problems.push(at(value?.offset ?? entry.name.offset, value?.length ?? 0, "error", `Write the ${name} text in double quotes, e.g. "${t.key}": "…".`, path));
      continue;
    }
    const translated = value.value as string;
    if (translated.trim() === "") {
      problems.push(at(value.offset, value.length, "error", `The ${name} text is empty: write it (${rulesFile} has ${JSON.stringify(clip(t.text))}).`, path));
      continue;
    }
    if (translated.length > LIMITS.textLength) {
      problems.push(at(value.offset, value.length, "error", `This text is ${translated.length.toLocaleString("en")} characters long; the limit is ${LIMITS.textLength.toLocaleString("en")}.`, path));
      continue;
    }
    if (translated.trim() === t.text.trim() && !same.has(t.key)) {
      problems.push(at(value.offset, value.length, "warning", `Same text as in ${rulesFile}: is it translated? If it is rightly the same, list "${t.key}" in "${SAME_AS_ENGLISH}".`, path));
    }
    translation.set(t.key, translated);
  }
  if (missingPaths.length > 0) {
    const rulesErrors: ParseError[] = [];
    const rulesTree = parseTree(blankBom(input.rulesText), rulesErrors, { allowTrailingComma: false, disallowComments: true });
    for (const p of locate(input.rulesText, rulesTree, missingPaths.map((m) => ({ ...m, severity: "error" as const })))) missing.push({ ...p, file: rulesFile });
  }

  let suggestions = 0;
  for (const entry of entries.values()) {
    if (isNote(entry.key) || byKey.has(entry.key)) continue;
    const otherwise = ": check its spelling against the ids there, or delete it if that text was removed.";
    const hint = suggestions++ < SUGGESTIONS ? didYouMean(entry.key, byKey.keys(), otherwise) : otherwise;
    problems.push(at(entry.name.offset, entry.name.length, "error", `No such text in ${rulesFile}${hint}`, [entry.key], true));
  }

  const all = [...missing, ...problems.sort((a, b) => a.offset - b.offset)];
  if (all.some((p) => p.severity === "error")) return { problems: all, localized: null };
  const localized = localizeRules(input.rules, translation);
  // Texts alone can't break the logic, but the served file must pass the same check as any rules file.
  const verdict = validateRules(localized, { skipReviews: true });
  if (!verdict.ok) {
    for (const p of verdict.problems.filter((q) => q.severity === "error")) all.push(at(0, 0, "error", `The ${name} rules would not pass the checker: ${p.message}`));
    return { problems: all, localized: null };
  }
  return { problems: all, localized };
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

export function checkTranslationText(input: TranslationInput): TranslationCheck {
  try {
    return checkTranslation(input);
  } catch (error) {
    return { problems: [{ path: [], message: internalErrorMessage(error), severity: "error", line: 1, column: 1, offset: 0, length: 0, file: input.translationFile }], localized: null };
  }
}

/** A translation file found next to a rules file: its text, or why it couldn't be read. */
export type LanguageFile =
  | { readonly language: string; readonly file: string; readonly text: string }
  | { readonly language: string; readonly file: string; readonly error: string };

export interface LanguagesCheck {
  readonly problems: readonly FileProblem[];
  /** The rules in each language whose file has no errors, the default language included (the rules as written). */
  readonly localized: ReadonlyMap<string, Rules>;
}

/**
 * A checked rules file and the translation files found next to it: each listed language must
 * have a good file; a file for a language not listed is a warning (it isn't used).
 */
export function checkLanguages(input: {
  readonly rulesFile: string;
  readonly rulesText: string;
  readonly rules: Rules;
  readonly files: readonly LanguageFile[];
}): LanguagesCheck {
  const { rulesFile, rulesText, rules, files } = input;
  const languages = languagesOf(rules);
  const fallback = defaultLanguageOf(rules);
  const problems: FileProblem[] = [];
  const localized = new Map<string, Rules>([[fallback, rules]]);
  const fileProblem = (file: string, severity: "error" | "warning", message: string): FileProblem =>
    ({ path: [], message, severity, line: 1, column: 1, offset: 0, length: 0, file });
  try {
    const missing = languages.slice(1).flatMap((language) => {
      if (files.some((f) => f.language === language)) return [];
      const i = rules.languages?.indexOf(language) ?? -1;
      return [{ path: ["languages", i], severity: "error" as const, message: `"${language}" (${languageName(language)}) is listed, but there is no file ${translationFileFor(rulesFile, language)} with its texts.` }];
    });
    if (missing.length > 0) {
      const tree = parseTree(blankBom(rulesText), [], { allowTrailingComma: false, disallowComments: true });
      problems.push(...locate(rulesText, tree, missing).map((p) => ({ ...p, file: rulesFile })));
    }
    for (const f of files) {
      if (f.language === fallback) {
        problems.push(fileProblem(f.file, "warning", `${rulesFile} itself is in "${fallback}" (the first of its "languages"), so this file is not used.`));
        continue;
      }
      if (!languages.includes(f.language)) {
        problems.push(fileProblem(f.file, "warning", `"${f.language}" is not in the "languages" of ${rulesFile}, so this file is not used: add "${f.language}" there to offer it.`));
        continue;
      }
      if ("error" in f) {
        problems.push(fileProblem(f.file, "error", `cannot read: ${f.error}`));
        continue;
      }
      const checked = checkTranslationText({ rulesFile, rulesText, rules, language: f.language, translationFile: f.file, translationText: f.text });
      problems.push(...checked.problems);
      if (checked.localized) localized.set(f.language, checked.localized);
    }
  } catch (error) {
    problems.push(fileProblem(rulesFile, "error", internalErrorMessage(error)));
  }
  return { problems, localized };
}

