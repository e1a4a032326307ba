/** The default rules and their French translation file, as text and parsed, for the translation tests. */
import { readFileSync } from "node:fs";
import type { Rules } from "../../../src/rules/schema.ts";
import type { TranslationInput } from "../../../src/rules/translation-check.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
export const RULES = "rules/care-quiz.json";
export const FRENCH = "rules/care-quiz.fr.json";
export const rulesText = read(RULES);
export const frenchText = read(FRENCH);
export const rules = JSON.parse(rulesText) as Rules;
export const french = JSON.parse(frenchText) as Record<string, unknown>;

/** The checker's input for `translationText` as the French file of the default rules. */
export const input = (translationText: string, over: Partial<TranslationInput> = {}): TranslationInput =>
  ({ rulesFile: RULES, rulesText, rules, language: "fr", translationFile: FRENCH, translationText, ...over });
