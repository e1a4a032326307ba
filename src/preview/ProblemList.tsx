/** The live list of problems in the edited rules; each one jumps to its place in the editor. */
import type { LocatedProblem } from "../rules/check-text.ts";
import { formatPath } from "../rules/problems.ts";

interface Props {
  problems: readonly LocatedProblem[];
  onJump: (problem: LocatedProblem) => void;
}

export function ProblemList({ problems, onJump }: Props) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  return (
    <section aria-labelledby="problems-heading" className="preview-panel">
      <h2 id="problems-heading">Checks</h2>
      <p role="status" className={errors > 0 ? "preview-status preview-status--error" : "preview-status"}>
        {errors === 0 && warnings === 0
          ? "No problems found. The quiz on the right uses these rules."
          : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.${errors > 0 ? " Visitors would see \"being updated\" until the errors are fixed." : ""}`}
      </p>
      {problems.length > 0 && (
        <ul className="preview-problems">
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
