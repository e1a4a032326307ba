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
 */
import { BUILT_LANGUAGES, builtRulesSha256, rulesFileFor } from "../rules/languages.ts";
import { buildModel, type QuizModel } from "../rules/model.ts";
import type { Rules } from "../rules/schema.ts";

/** `built`: the file is the one the build checked and pre-rendered the page from. */
export type RulesLoad = { ok: true; model: QuizModel; built: boolean } | { ok: false; messages: string[] };

/**
 * Whether these bytes are the file the build checked (for that language, by default the
 * default language). Without Web Crypto (pages served over plain http from another
 * machine) the answer is no, and the file is checked.
 */
export async function isBuiltRules(bytes: ArrayBuffer, language?: string): Promise<boolean> {
  const built = builtRulesSha256(language);
  if (built === undefined || !globalThis.crypto?.subtle) return false;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return hex === built;
}

/**
 * The full check, the same one the build runs (syntax, encoding, duplicate fields,
 * schema, logic), located at lines and columns for the console. Never rejects: if the
 * checker itself can't be loaded, the rules can't be trusted, and the visitor gets the
 * "being updated" screen.
 */
async function checkRules(text: string, file: string): Promise<RulesLoad> {
  let checker: typeof import("../rules/check-text.ts");
  try {
    checker = await import("../rules/check-text.ts");
  } catch (error) {
    return { ok: false, messages: [`${file}: the rules checker could not be loaded (${(error as Error).message}).`] };
  }
  const { problems, model } = checker.checkRulesText(text, { skipReviews: true });
  const lines = (severity: "error" | "warning") =>
    problems.filter((p) => p.severity === severity).map((p) => checker.formatLocated(file, p));
  if (!model) return { ok: false, messages: lines("error") };
  for (const warning of lines("warning")) console.warn(warning);
  return { ok: true, model, built: false };
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
  if (await isBuiltRules(bytes, language)) return { ok: true, model: buildModel(JSON.parse(text) as Rules), built: true };
  return checkRules(text, file);
}
