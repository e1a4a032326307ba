/**
 * Loads the clinic's rules file at start. It is served next to the app as static
 * JSON, so a clinic can change the quiz by replacing one file.
 *
 * Nothing is drawn from the file until it is known to be good. The build checked one
 * file and baked its SHA-256 into the app: when the served file is that file, it is
 * used at once and the checker is never downloaded. A changed file is checked in full
 * (schema and logic, from a chunk loaded only then) before anything is drawn from it.
 * Anything wrong — missing, not JSON, invalid — ends with located messages for the
 * console; the checker that locates them is loaded only then.
 *
 * The build's file leaves out the texts only a care result shows (rules/result-texts.ts):
 * the model says where they are, and the result's code fetches them at idle. A changed file
 * that names such texts (another build's, or one edited from it) gets them at once, so the
 * whole is checked before anything is drawn; a file written out in full needs nothing more.
 */
import { BUILT_LANGUAGES, builtRulesSha256, resultsFileFor, rulesFileFor } from "../rules/languages.ts";
import { buildModel, type QuizModel } from "../rules/model.ts";
import type { Rules } from "../rules/schema.ts";
import { sha256Hex } from "../rules/sha256.ts";

/** `built`: the file is the one the build checked and pre-rendered the page from. */
export type RulesLoad = { ok: true; model: QuizModel; built: boolean } | { ok: false; messages: string[] };

/**
 * Whether these bytes are the file the build checked (for that language, by default the
 * default language). Without Web Crypto (pages served over plain http from another
 * machine) the answer is no, and the file is checked.
 */
export async function isBuiltRules(bytes: ArrayBuffer, language?: string): Promise<boolean> {
  const built = builtRulesSha256(language);
  return built !== undefined && (await sha256Hex(bytes)) === built;
}

/**
 * The full check (check-rules.ts, loaded only now, with the checker). Never rejects: if the
 * checker itself can't be loaded, the rules can't be trusted, and the visitor gets the
 * "being updated" screen.
 */
async function checkRules(text: string, file: string, base: string): Promise<RulesLoad> {
  let checker: typeof import("./check-rules.ts");
  try {
    checker = await import("./check-rules.ts");
  } catch (error) {
    return { ok: false, messages: [`${file}: the rules checker could not be loaded (${(error as Error).message}).`] };
  }
  return checker.checkServedRules(text, file, base);
}

/** The rules in a language (the built default unless told), from the site's root `base`. */
export async function loadRules(base: string = document.baseURI, language: string = BUILT_LANGUAGES[0]!): Promise<RulesLoad> {
  const file = rulesFileFor(language, BUILT_LANGUAGES);
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(new URL(file, base));
    if (!response.ok) return { ok: false, messages: [`${file}: could not be loaded (HTTP ${response.status}).`] };
    bytes = await response.arrayBuffer();
  } catch (error) {
    return { ok: false, messages: [`${file}: could not be loaded (${(error as Error).message}).`] };
  }
  // Decoded as response.text() would: UTF-8, a byte-order mark dropped.
  const text = new TextDecoder().decode(bytes);
  // The very file the build checked: parsing it can't fail, and checking it again would prove nothing new.
  if (await isBuiltRules(bytes, language)) {
    const { $results: results, ...rules } = JSON.parse(text) as Rules & { $results?: { sha256: string } };
    const model = buildModel(rules);
    return { ok: true, model: results ? { ...model, resultTexts: { url: new URL(resultsFileFor(file), base).href, sha256: results.sha256 } } : model, built: true };
  }
  return checkRules(text, file, base);
}
