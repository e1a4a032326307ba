/**
 * The full check of a rules file that is not the one the build checked (a clinic replaced it
 * on its server), the same one the build runs (syntax, encoding, duplicate fields, schema,
 * logic), located at lines and columns for the console. Loaded only for such a file, with
 * the checker (load-rules.ts).
 *
 * A file a build served names the texts only a care result shows (`"$results"`:
 * rules/result-texts.ts): they are fetched now and checked with it, as one rules file, so
 * nothing is drawn from rules that were never checked whole. If they can't be had, or aren't
 * the texts it names, the rules can't be trusted and the visitor gets the "being updated"
 * screen. A file written out in full needs nothing more.
 */
import { resultsFileFor } from "../rules/languages.ts";
import { checkRulesText, formatLocated } from "../rules/check-text.ts";
import type { QuizModel } from "../rules/model.ts";
import { fetchResultTexts, resultsRefIn } from "../ui/result/texts.ts";

/** Never rejects: every way it can go wrong ends in messages for the console. */
export async function checkServedRules(text: string, file: string, base: string): Promise<{ ok: true; model: QuizModel; built: false } | { ok: false; messages: string[] }> {
  const named = resultsRefIn(text);
  const texts = named ? await fetchResultTexts(new URL(resultsFileFor(file), base).href, named.sha256) : undefined;
  if (typeof texts === "string") return { ok: false, messages: [texts] };
  const { problems, model } = checkRulesText(text, { skipReviews: true, ...(texts ? { resultTexts: texts } : {}) });
  const lines = (severity: "error" | "warning") => problems.filter((p) => p.severity === severity).map((p) => formatLocated(file, p));
  if (!model) return { ok: false, messages: lines("error") };
  for (const warning of lines("warning")) console.warn(warning);
  return { ok: true, model, built: false };
}
