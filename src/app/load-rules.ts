/**
 * Loads the clinic's rules file at start. It is served next to the app as static
 * JSON, so a clinic can change the quiz by replacing one file. Anything wrong with
 * it — missing, not JSON, invalid — becomes a `RulesFailure` with located messages
 * for the console; the checker that locates them is loaded only in that case.
 */
import type { QuizModel } from "../rules/model.ts";
import { formatProblem } from "../rules/problems.ts";
import { validateRules } from "../rules/validate.ts";

export const RULES_URL = "rules/care-quiz.json";

export type RulesLoad = { ok: true; model: QuizModel } | { ok: false; messages: string[] };

async function locatedMessages(text: string): Promise<string[]> {
  const { checkRulesText, formatLocated } = await import("../rules/check-text.ts");
  return checkRulesText(text).problems.filter((p) => p.severity === "error").map((p) => formatLocated(RULES_URL, p));
}

export async function loadRules(base: string = document.baseURI): Promise<RulesLoad> {
  let text: string;
  try {
    const response = await fetch(new URL(RULES_URL, base), { cache: "no-cache" });
    if (!response.ok) return { ok: false, messages: [`${RULES_URL}: could not be loaded (HTTP ${response.status}).`] };
    text = await response.text();
  } catch (error) {
    return { ok: false, messages: [`${RULES_URL}: could not be loaded (${(error as Error).message}).`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, messages: await locatedMessages(text) };
  }
  const result = validateRules(data);
  if (result.ok) {
    for (const warning of result.warnings) console.warn(`${RULES_URL}: ${formatProblem(warning)}`);
    return { ok: true, model: result.model };
  }
  return { ok: false, messages: await locatedMessages(text) };
}
