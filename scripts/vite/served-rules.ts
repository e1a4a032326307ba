/**
 * What the build serves of the rules, checked: the rules file and its translations are read
 * and checked (and, for a build, proved safe), then each language becomes a compact file of
 * its own, split into what the first screen loads and the texts only a care result shows,
 * and what the "being updated" screen keeps of it. The rules plugin (rules-plugin.ts) builds
 * and serves from this; nothing here throws on a bad file: a missing or unreadable file is a
 * located message like any other mistake.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { checkRulesText, type LocatedProblem } from "../../src/rules/check-text.ts";
import { proveSafety } from "../../src/engine/safety.ts";
import { fallbackFrom, type Fallback } from "../../src/ui/fallback.ts";
import { DEFAULT_RULES_FILE, languagesOf, resultsFileFor, rulesFileFor } from "../../src/rules/languages.ts";
import { buildModel } from "../../src/rules/model.ts";
import { mergeResultTexts, RESULTS_FIELD, splitResultTexts } from "../../src/rules/result-texts.ts";
import type { Rules } from "../../src/rules/schema.ts";
import { decodeRulesFile } from "../../src/rules/text-encoding.ts";
import { checkLanguages, type FileProblem } from "../../src/rules/translation-check.ts";
import { forVisitors } from "../../src/rules/translation.ts";
import { languageFiles } from "../lib/language-files.ts";

export const RULES_FILE = DEFAULT_RULES_FILE;

/** The file as saved (a byte-order mark included, so the checker can warn about it), or why it can't be read. */
export function read(root: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: decodeRulesFile(readFileSync(resolve(root, RULES_FILE))) };
  } catch (error) {
    return { ok: false, message: `The rules file can't be read (${(error as Error).message}).` };
  }
}

/** A file the site serves for one language: its path, the exact text shipped, and what the "being updated" screen keeps of it. */
export interface ServedRules {
  readonly language: string;
  readonly path: string;
  /** The first-load file: all but the texts only a care result shows. */
  readonly text: string;
  readonly sha256: string;
  /** The texts only a care result shows, served beside it; none when there are none to move. */
  readonly results?: { readonly path: string; readonly text: string } | undefined;
  /** The whole file in one (what the dev server serves, as it serves the default language as written). */
  readonly whole: string;
  readonly fallback: Fallback;
}

export interface Checked {
  /** Every problem, in the rules file and its translation files, each with its file. */
  readonly problems: readonly FileProblem[];
  /** Safety failures of the rules (ids and logic are the same in every language). */
  readonly unsafe: readonly string[];
  /** What is served for each language, the default first; null while anything has an error. */
  readonly served: readonly ServedRules[] | null;
  /** The clinic's logo file, when the rules name one. */
  readonly logo?: string | undefined;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const inFile = (file: string) => (p: LocatedProblem): FileProblem => ({ ...p, file });

export function check(root: string, { safety = false } = {}): Checked {
  const file = read(root);
  if (!file.ok) {
    const problem = { path: [], message: file.message, severity: "error", line: 1, column: 1, offset: 0, length: 0, file: RULES_FILE } as const;
    return { problems: [problem], unsafe: [], served: null };
  }
  const result = checkRulesText(file.text);
  const problems: FileProblem[] = result.problems.map(inFile(RULES_FILE));
  if (!result.model) return { problems, unsafe: [], served: null };
  const rules = result.model.rules;
  const languages = checkLanguages({ rulesFile: RULES_FILE, rulesText: file.text, rules, files: languageFiles(resolve(root, RULES_FILE), RULES_FILE) });
  problems.push(...languages.problems);
  const unsafe = safety ? proveSafety(result.model) : [];
  const logo = rules.clinic?.logo;
  if (problems.some((p) => p.severity === "error") || unsafe.length > 0) return { problems, unsafe, served: null, logo };
  const list = languagesOf(rules);
  const served: ServedRules[] = [];
  for (const [i, language] of list.entries()) {
    const localized = languages.localized.get(language)!;
    // Every language ships as a rules file of its own, compact and without staff-only
    // fields (coverage, reviews): visitors download only what they read, and each language's
    // first load fits the same budget. It was checked here, so the browser skips the check
    // (by its hash); a file replaced on the server later is checked there in full.
    const visitors = forVisitors(i === 0 ? rules : localized);
    const path = rulesFileFor(language, list);
    const split = splitForFirstLoad(visitors, path);
    if (!split) {
      const message = `The result texts split from ${path} don't merge back into it: a bug in the build, not in the rules.`;
      return { problems: [...problems, { path: [], message, severity: "error", line: 1, column: 1, offset: 0, length: 0, file: RULES_FILE }], unsafe, served: null, logo };
    }
    served.push({ language, path, ...split, whole: JSON.stringify(visitors), fallback: fallbackFrom(buildModel(localized)) });
  }
  return { problems, unsafe, served, logo };
}

/**
 * The first-load file and, beside it, the texts only a care result shows, so the first
 * screen's download doesn't carry them; undefined if the two wouldn't merge back into
 * exactly `rules` (the caller refuses to build).
 */
function splitForFirstLoad(rules: Rules, path: string): Pick<ServedRules, "text" | "sha256" | "results"> | undefined {
  const { first, texts } = splitResultTexts(rules);
  if (Object.keys(texts).length === 0) {
    const text = JSON.stringify(rules);
    return { text, sha256: sha256(text), results: undefined };
  }
  const results = JSON.stringify(texts);
  if (!isDeepStrictEqual(mergeResultTexts(first, texts), { rules, unused: [] })) return undefined;
  // "$results" first, where anyone opening the file sees it.
  const text = JSON.stringify({ [RESULTS_FIELD]: { sha256: sha256(results) }, ...first });
  return { text, sha256: sha256(text), results: { path: resultsFileFor(path), text: results } };
}

