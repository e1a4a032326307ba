/**
 * JSON in, a typed model or a list of located problems out. The app, the build
 * and the checker all call this, so staff get the same verdict everywhere.
 */
import * as z from "zod/mini";
import { explainIssue } from "./explain-issue.ts";
import { checkLogic, type LogicOptions } from "./logic.ts";
import { buildModel, type QuizModel } from "./model.ts";
import type { Problem } from "./problems.ts";
import { rulesSchema } from "./schema.ts";

export type Validation =
  | { readonly ok: true; readonly model: QuizModel; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function validateRules(data: unknown, options: LogicOptions = {}): Validation {
  const parsed = z.safeParse(rulesSchema, data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => explainIssue(issue, data)) };
  const problems = checkLogic(parsed.data, options);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, model: buildModel(parsed.data), warnings: problems };
}
