/**
 * Checks a translation file (see translation.ts for the format): its text → problems
 * located at a line and column in the file that needs the fix, and the rules in that
 * language when it is good. Never throws.
 * - `checkTranslationText(…)`: one translation file.
 * - `checkLanguages(…)`: a rules file and all its translation files at once.
 */
import type { Node } from "jsonc-parser";
import { type LocatedProblem, lineStarts, locate, parseJsonText, position } from "./check-text.ts";
import { duplicateKeys } from "./duplicate-keys.ts";
import { defaultLanguageOf, languageName, languagesOf, translationFileFor } from "./languages.ts";
import { LIMITS } from "./limits.ts";
import { internalErrorMessage, type JsonPath, type PlacedProblem } from "./problems.ts";
import type { Rules } from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { validateRules } from "./validate.ts";
import { localizeRules, translatableTexts } from "./translation.ts";

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

  const parsed = parseJsonText(text);
  if (!parsed.ok) return { problems: parsed.problems.map((p) => ({ ...p, file })), localized: null };
  const { tree } = parsed;
  const problems: FileProblem[] = [...parsed.encoding.map((p) => ({ ...p, file })), ...duplicateKeys(tree, (offset) => position(starts, offset).line).map(here)];
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
    const parsedRules = parseJsonText(input.rulesText);
    for (const p of locate(input.rulesText, parsedRules.ok ? parsedRules.tree : undefined, missingPaths.map((m) => ({ ...m, severity: "error" as const })))) missing.push({ ...p, file: rulesFile });
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
      const parsedRules = parseJsonText(rulesText);
      problems.push(...locate(rulesText, parsedRules.ok ? parsedRules.tree : undefined, missing).map((p) => ({ ...p, file: rulesFile })));
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

