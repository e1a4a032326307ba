/**
 * JSON in, a typed model or a list of located problems out. The app, the build
 * and the checker all call this, so staff get the same verdict everywhere.
 * It never throws: a fault in a check becomes one file-level problem.
 */
import * as z from "zod/mini";
import { explainIssue } from "./explain-issue.ts";
import { checkLimits } from "./limits.ts";
import { checkLinks } from "./links.ts";
import { checkLogic, type LogicOptions } from "./logic.ts";
import { checkLogicWarnings } from "./logic-warnings.ts";
import { buildModel, type QuizModel } from "./model.ts";
import { internalErrorMessage, type Problem } from "./problems.ts";
import { checkExclusiveRedFlags } from "./red-flags.ts";
import { checkReservedKeys } from "./reserved-keys.ts";
import { rulesSchema } from "./schema.ts";

/** A language listed twice: the second would get no file of its own. (Here, not in languages.ts, which every visitor loads.) */
function checkLanguageList(rules: { readonly languages?: readonly string[] | undefined }): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  (rules.languages ?? []).forEach((language, i) => {
    if (seen.has(language)) problems.push({ path: ["languages", i], severity: "error", message: `"${language}" is listed twice: list each language once.` });
    seen.add(language);
  });
  return problems;
}

export type Validation =
  | { readonly ok: true; readonly model: QuizModel; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function validate(data: unknown, options: LogicOptions): Validation {
  // Sizes first: the schema and logic checks recurse and loop, and must only see input they can finish quickly.
  const early = checkLimits(data);
  if (early.length === 0) early.push(...checkReservedKeys(data));
  if (early.length > 0) return { ok: false, problems: early };
  const parsed = z.safeParse(rulesSchema, data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => explainIssue(issue, data)) };
  const rules = parsed.data;
  const problems = [...checkLogic(rules, options), ...checkExclusiveRedFlags(rules), ...checkLinks(rules), ...checkLanguageList(rules), ...checkLogicWarnings(rules)];
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, model: buildModel(rules), warnings: problems };
}

export function validateRules(data: unknown, options: LogicOptions = {}): Validation {
  try {
    return validate(data, options);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: internalErrorMessage(error), severity: "error" }] };
  }
}
