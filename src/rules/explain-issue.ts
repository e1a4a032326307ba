/** Turns zod's schema issues into messages written for the staff member editing the file. */
import type * as z from "zod/mini";
import type { Problem } from "./problems.ts";
import { didYouMean } from "./suggest.ts";

/** Every field name the format knows, for "did you mean" on unknown ones (a test keeps it in step with the schema). */
export const FIELDS = [
  "$schema", "version", "title", "intro", "heading", "paragraphs", "start", "questions", "id", "type", "text",
  "help", "options", "label", "reason", "points", "scores", "redFlag", "clearance", "exclusive", "branches", "when", "goTo",
  "next", "outcomes", "kind", "summary", "whatToExpect", "explanation", "action", "href", "booking", "url", "param",
  "reviewNote", "decision", "tieBreak", "adjustments", "secondary", "primary", "disclaimer", "all", "any", "not",
  "question", "equals", "includes", "score", "atLeast", "atMost", "embed", "allowedOrigins", "keepProgressHours",
  "caption", "outcomeRules", "outcome", "note", "coverage", "presentations", "screens", "covers", "review", "by", "on",
  "clinic", "name", "phone", "logo", "languages",
];

/** The fields a condition can have: a misspelt one gets its own "did you mean" (e.g. "include" → "includes"). */
const CONDITION_FIELDS = ["question", "equals", "includes", "score", "atLeast", "atMost", "all", "any", "not"];

/** Misspelt fields anywhere in a condition tree (its depth is limited before the schema runs). */
/** Words people write for a condition's fields, too far from the real name for spelling to find it. */
const CONDITION_SYNONYMS: Readonly<Record<string, string>> = {
  is: "equals", eq: "equals", equal: "equals", has: "includes", contains: "includes",
  min: "atLeast", max: "atMost", and: "all", or: "any",
};

function unknownConditionFields(value: unknown, at: readonly (string | number)[]): { at: readonly (string | number)[]; key: string }[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  const own = Object.keys(record).filter((key) => !CONDITION_FIELDS.includes(key)).map((key) => ({ at, key }));
  const inner = [
    ...(["all", "any"] as const).flatMap((list) =>
      Array.isArray(record[list]) ? (record[list] as unknown[]).flatMap((c, i) => unknownConditionFields(c, [...at, list, i])) : [],
    ),
    ...unknownConditionFields(record["not"], [...at, "not"]),
  ];
  return [...own, ...inner];
}

const describe = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;

/** The value at a path in the checked data, and whether the last field exists at all. */
function lookup(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

export function explainIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const field = path.at(-1);
  const problem = (message: string, extra: Partial<Problem> = {}): Problem => ({ path, message, severity: "error", ...extra });
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `Unknown field "${key}"${didYouMean(key, FIELDS, "; remove it or check its spelling.")}`,
        severity: "error",
        at: "key",
      }));
    case "invalid_type": {
      const found = lookup(data, issue.path);
      if (!found.present) return [problem(`The field "${String(field)}" is missing.`)];
      const expected = issue.expected === "array" ? "a list [ … ]" : issue.expected === "object" ? "an object { … }" : `a ${issue.expected}`;
      const hint = issue.expected === "number" && typeof found.value === "string" ? " Write numbers without quotes." : "";
      return [problem(`Expected ${expected}, found ${describe(found.value)}.${hint}`)];
    }
    case "invalid_value":
      return [problem(`Use one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${typeof issue.input === "string" ? didYouMean(issue.input, issue.values.map(String)) : "."}`)];
    case "invalid_union":
      if (path.includes("when") || path.includes("all") || path.includes("any") || path.includes("not")) {
        const misspelt = unknownConditionFields(lookup(data, issue.path).value, path);
        if (misspelt.length > 0) {
          return misspelt.map(({ at, key }) => ({
            path: [...at, key],
            message: `Unknown field "${key}" in this condition${
              CONDITION_SYNONYMS[key] ? ` — did you mean "${CONDITION_SYNONYMS[key]}"?` : didYouMean(key, CONDITION_FIELDS, `; a condition uses ${CONDITION_FIELDS.map((f) => `"${f}"`).join(", ")}.`)
            }`,
            severity: "error",
            at: "key",
          }));
        }
        return [problem(`This condition isn't in a form the quiz understands. Use one of: {"question", "equals"}, {"question", "includes"}, {"score", "atLeast"/"atMost"}, {"all": […]}, {"any": […]}, {"not": …}.`)];
      }
      return [problem(issue.message)];
    default:
      return [problem(issue.message)];
  }
}
