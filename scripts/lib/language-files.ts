/**
 * The translation files next to a rules file on disk (`care-quiz.fr.json` next to
 * `care-quiz.json`), read for src/rules/translation.ts. Shared by `rules:check` and the
 * build so both find the same files. Never throws: an unreadable file or folder is a message.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { translationFileLanguage } from "../../src/rules/languages.ts";
import { decodeRulesFile } from "../../src/rules/text-encoding.ts";
import type { LanguageFile } from "../../src/rules/translation-check.ts";

/** Every `<name>.<language>.json` in the rules file's folder; `display` prefixes names in messages as the rules file is shown. */
export function languageFiles(rulesPath: string, display: string = rulesPath): LanguageFile[] {
  const folder = dirname(rulesPath);
  const base = basename(rulesPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.sort().flatMap((name): LanguageFile[] => {
    const found = translationFileLanguage(name);
    if (!found || found.rulesFile !== base) return [];
    const file = join(dirname(display), name);
    try {
      return [{ language: found.language, file, text: decodeRulesFile(readFileSync(join(folder, name))) }];
    } catch (error) {
      return [{ language: found.language, file, error: (error as Error).message }];
    }
  });
}

/** Whether a file named on the command line is a translation of a rules file next to it (checked with that file, not as rules). */
export function isTranslationFile(path: string, exists: (path: string) => boolean): string | undefined {
  const found = translationFileLanguage(basename(path));
  if (!found) return undefined;
  const rules = join(dirname(path), found.rulesFile);
  return exists(rules) ? rules : undefined;
}
