/**
 * The checker's located problems as CodeMirror diagnostics: the checker already has
 * offsets, so nothing is parsed again here. A problem about a whole object (a missing
 * field) is underlined on its first line only, so one mistake never paints half the file.
 */
import type { Diagnostic } from "@codemirror/lint";
import type { LocatedProblem } from "../../rules/check-text.ts";
import { formatPath } from "../../rules/problems.ts";

export function diagnosticsFor(text: string, problems: readonly LocatedProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const from = Math.min(Math.max(0, p.offset), text.length);
    const lineEnd = text.indexOf("\n", from);
    const end = Math.min(from + Math.max(p.length, 1), lineEnd === -1 ? text.length : lineEnd);
    const where = formatPath(p.path);
    return {
      from,
      // An empty range (a problem at the very end, or on an empty line) still gets a marker.
      to: Math.max(end, from),
      severity: p.severity,
      message: where === "" ? p.message : `${where}: ${p.message}`,
      source: "CareFit checker",
    };
  });
}
