/**
 * The live list of problems in the edited rules; each located one jumps to its place in
 * the editor. Once the text has no errors, the analysis worker walks every path and the
 * safety proof's faults (engine/safety.ts, the same proof `rules:check` and the build run)
 * are listed here too, as errors: an edit the build would refuse shows here, in red.
 */
import { useId } from "react";
import type { LocatedProblem } from "../rules/check-text.ts";
import { formatPath } from "../rules/problems.ts";

/** The safety proof on the text shown: still walking, its faults (none: safe), or why it could not run. */
export type SafetyCheck =
  | { readonly kind: "walking" }
  | { readonly kind: "done"; readonly faults: readonly string[] }
  | { readonly kind: "unavailable"; readonly reason: string };

interface Props {
  problems: readonly LocatedProblem[];
  /** null while the text has errors (nothing to walk). */
  safety: SafetyCheck | null;
  onJump: (problem: LocatedProblem) => void;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
/** Enough to see what is wrong; the Paths panel has the rest. */
const SHOWN_FAULTS = 50;

function status(errors: number, warnings: number, safety: SafetyCheck | null): string {
  if (errors > 0) return `${plural(errors, "error")}, ${plural(warnings, "warning")}. Visitors would see "being updated" until the errors are fixed.`;
  const faults = safety?.kind === "done" ? safety.faults.length : 0;
  if (faults > 0) {
    return `${plural(faults, "safety error")}, ${plural(warnings, "warning")}. Not safe for visitors: rules:check and the build refuse this file until these are fixed.`;
  }
  const start = warnings === 0 ? "No problems found." : `0 errors, ${plural(warnings, "warning")}.`;
  if (safety?.kind === "walking") return `${start} Checking every path for safety…`;
  if (safety?.kind === "unavailable") return `${start} The safety check on every path could not run: ${safety.reason}`;
  return `${start} Every path is safe. The quiz on the right uses these rules.`;
}

export function ProblemList({ problems, safety, onJump }: Props) {
  const headingId = useId();
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const faults = errors === 0 && safety?.kind === "done" ? safety.faults : [];
  return (
    <section aria-labelledby={headingId} className="preview-panel">
      <h2 id={headingId}>Checks</h2>
      <p role="status" className={errors + faults.length > 0 ? "preview-status preview-status--error" : "preview-status"}>
        {status(errors, warnings, safety)}
      </p>
      {problems.length + faults.length > 0 && (
        <ul className="preview-problems">
          {faults.slice(0, SHOWN_FAULTS).map((fault) => (
            <li key={fault} className="preview-problem--safety">
              <span className="tag tag--error">safety</span> {fault}
            </li>
          ))}
          {faults.length > SHOWN_FAULTS && <li>…and {plural(faults.length - SHOWN_FAULTS, "more safety error")} (see Paths below).</li>}
          {problems.map((p, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onJump(p)}>
                <span className={p.severity === "error" ? "tag tag--error" : "tag"}>{p.severity}</span> Line {p.line}, column {p.column}
                {p.path.length > 0 && <code> {formatPath(p.path)}</code>}: {p.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
