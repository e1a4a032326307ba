/**
 * Loads the clinic's rules file at start. It is served next to the app as static
 * JSON, so a clinic can change the quiz by replacing one file.
 *
 * Loading is split in two so the first question never waits for the checker:
 * `fetchRules` gets the file and builds a provisional model (enough to show the
 * first screen); `checkRules` runs the full schema and logic checks from a chunk
 * loaded in the background. Nothing moves past the first screen until it passes.
 * Anything wrong — missing, not JSON, invalid — ends with located messages for the
 * console; the checker that locates them is loaded only then.
 */
import { buildModel, type QuizModel } from "../rules/model.ts";
import { formatProblem } from "../rules/problems.ts";
import type { Rules } from "../rules/schema.ts";

export const RULES_URL = "rules/care-quiz.json";

export type Fetched =
  | { ok: true; text: string; data: unknown; provisional: QuizModel | null }
  | { ok: false; messages: string[] };

export type RulesLoad = { ok: true; model: QuizModel } | { ok: false; messages: string[] };

/** A model good enough to draw the first screen, or null if the data can't even be indexed. */
function provisionalModel(data: unknown): QuizModel | null {
  try {
    const model = buildModel(data as Rules);
    const first = model.questions.get(model.rules.start);
    const ok = typeof model.rules.intro.heading === "string" && Array.isArray(first?.options);
    return ok ? model : null;
  } catch {
    return null;
  }
}

async function locatedMessages(text: string): Promise<string[]> {
  try {
    const { checkRulesText, formatLocated } = await import("../rules/check-text.ts");
    return checkRulesText(text).problems.filter((p) => p.severity === "error").map((p) => formatLocated(RULES_URL, p));
  } catch {
    return [`${RULES_URL}: has mistakes (the checker that locates them could not be loaded; run npm run rules:check).`];
  }
}

export async function fetchRules(base: string = document.baseURI): Promise<Fetched> {
  let text: string;
  try {
    const response = await fetch(new URL(RULES_URL, base));
    if (!response.ok) return { ok: false, messages: [`${RULES_URL}: could not be loaded (HTTP ${response.status}).`] };
    text = await response.text();
  } catch (error) {
    return { ok: false, messages: [`${RULES_URL}: could not be loaded (${(error as Error).message}).`] };
  }
  try {
    const data: unknown = JSON.parse(text);
    return { ok: true, text, data, provisional: provisionalModel(data) };
  } catch {
    return { ok: false, messages: await locatedMessages(text) };
  }
}

/**
 * The full check. Never rejects: if the checker itself can't be loaded, the rules
 * can't be trusted, and the visitor gets the "being updated" screen rather than a
 * quiz stuck on its first screen.
 */
export async function checkRules(fetched: Extract<Fetched, { ok: true }>): Promise<RulesLoad> {
  let validateRules: typeof import("../rules/validate.ts").validateRules;
  try {
    ({ validateRules } = await import("../rules/validate.ts"));
  } catch (error) {
    return { ok: false, messages: [`${RULES_URL}: the rules checker could not be loaded (${(error as Error).message}).`] };
  }
  const result = validateRules(fetched.data, { skipReviews: true });
  if (result.ok) {
    for (const warning of result.warnings) console.warn(`${RULES_URL}: ${formatProblem(warning)}`);
    return { ok: true, model: result.model };
  }
  return { ok: false, messages: await locatedMessages(fetched.text) };
}
