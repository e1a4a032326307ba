/**
 * The languages of a quiz, and where each one's texts live.
 *
 * A rules file may declare `"languages": ["en", "fr"]`: the first is the language its own
 * texts are written in and the default for visitors; each other one has a file of
 * translations next to it, keyed by id paths (see translation.ts):
 *
 *   staff edit   rules/care-quiz.json      (English, the logic and the texts)
 *                rules/care-quiz.fr.json   (French texts only, by key)
 *   the build    rules/care-quiz.json              (the default language, compact)
 *   serves       rules/care-quiz.results.json      (its texts only a care result shows)
 *                rules/fr/care-quiz.json           (a rules file with the French texts)
 *                rules/fr/care-quiz.results.json   (their French result texts)
 *                rules/care-quiz.source.json       (the file as staff wrote it, for the studio)
 *
 * A served file is a rules file with the same ids and logic as the source, so the browser
 * loads only the visitor's language and the engine needs nothing new; the texts only a care
 * result shows wait in the file beside it until the result's code loads (result-texts.ts).
 * The served names put the language in a folder so they can't be mistaken for the staff's
 * keyed files.
 *
 * Small and free of Node APIs: the app imports it to find the file it loads.
 */
/** A language code: two or three lowercase letters, optionally a region, e.g. "fr" or "fr-CA". */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** The languages of a file without a `languages` field. */
const DEFAULT_LANGUAGES: readonly string[] = ["en"];

/** The quiz's languages, the default first. */
export function languagesOf(rules: { readonly languages?: readonly string[] | undefined }): readonly string[] {
  return rules.languages && rules.languages.length > 0 ? rules.languages : DEFAULT_LANGUAGES;
}

/** The language of the rules file's own texts, shown to visitors who prefer none of the others. */
export const defaultLanguageOf = (rules: { readonly languages?: readonly string[] | undefined }): string => languagesOf(rules)[0]!;

/** The folder the app is served from holds the default rules at this path. */
export const DEFAULT_RULES_FILE = "rules/care-quiz.json";

/**
 * The rules file as staff wrote it (coverage, review notes, their formatting), served beside the
 * compact visitor files for the staff studio to edit and compare. Visitors never load it.
 */
export const STAFF_RULES_FILE = "rules/care-quiz.source.json";

/**
 * The one place that says where the built site serves the rules in a language, relative to the
 * page: `rules/care-quiz.json` for the default language, `rules/fr/care-quiz.json` for French.
 * The dev server serves the same paths.
 */
export function rulesFileFor(language: string, languages: readonly string[] = DEFAULT_LANGUAGES): string {
  if (language === languages[0] || !LANGUAGE_PATTERN.test(language)) return DEFAULT_RULES_FILE;
  return DEFAULT_RULES_FILE.replace(/\/(?=[^/]+$)/, `/${language}/`);
}

/**
 * Where the built site serves the texts only a care result shows, beside a served rules file
 * (see result-texts.ts): `rules/care-quiz.json` → `rules/care-quiz.results.json`,
 * `rules/fr/care-quiz.json` → `rules/fr/care-quiz.results.json`.
 */
export const resultsFileFor = (servedRulesFile: string): string => servedRulesFile.replace(/(\.json)?$/i, ".results.json");

/** The staff's file of translations for a rules file: `rules/care-quiz.json`, "fr" → `rules/care-quiz.fr.json`. */
export function translationFileFor(rulesFile: string, language: string): string {
  return rulesFile.replace(/(\.json)?$/i, `.${language}.json`);
}

/** The rules file and language a translation file is for, from its name; undefined if it isn't named like one. */
export function translationFileLanguage(file: string): { readonly rulesFile: string; readonly language: string } | undefined {
  const match = /^(.+)\.([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/.exec(file);
  return match ? { rulesFile: `${match[1]!}.json`, language: match[2]! } : undefined;
}

/** The English name of a language for messages ("fr" → "French"), or the code itself. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

declare const __CAREFIT_LANGUAGES__: readonly string[] | undefined;

/** The languages of the rules the build checked, the default first (English alone for builds without good rules). */
export const BUILT_LANGUAGES: readonly string[] =
  typeof __CAREFIT_LANGUAGES__ === "object" && Array.isArray(__CAREFIT_LANGUAGES__) ? __CAREFIT_LANGUAGES__ : DEFAULT_LANGUAGES;

declare const __CAREFIT_RULES_SHA256__: Readonly<Record<string, string>> | undefined;

/**
 * The SHA-256 (hex) of the rules file the build served for a language, checked at build
 * time; undefined for a language it didn't build (or a build without good rules).
 * Read at each call, so tests can stub the define.
 */
export function builtRulesSha256(language: string = BUILT_LANGUAGES[0]!): string | undefined {
  if (typeof __CAREFIT_RULES_SHA256__ !== "object" || __CAREFIT_RULES_SHA256__ === null) return undefined;
  return Object.hasOwn(__CAREFIT_RULES_SHA256__, language) ? __CAREFIT_RULES_SHA256__[language] : undefined;
}
