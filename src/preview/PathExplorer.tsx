/**
 * Every path through the edited rules as a row (answers → outcome), with counts per
 * outcome, a filter, the longest path and the safety proof's verdict — so staff see what
 * a change does to everyone, not just the visitor they have in mind. "Try" starts the
 * quiz beside the editor with that path's answers. The walk runs in the analysis worker.
 */
import { useId, useState } from "react";
import type { AnswerLog } from "../engine/answers.ts";
import type { QuizModel } from "../rules/model.ts";
import { describeAnswers } from "../staff/describe.ts";
import { PATH_LIMIT } from "./analysis/protocol.ts";
import type { Analysis } from "./analysis/use-analysis.ts";

interface Props {
  readonly model: QuizModel | null;
  readonly analysis: Analysis;
  readonly onTry: (answers: AnswerLog) => void;
}

function Safety({ faults, truncated }: { faults: readonly string[]; truncated: boolean }) {
  if (faults.length === 0 && !truncated) return <p className="preview-safety preview-safety--ok">Safety: every path checked, no problems.</p>;
  // Past the limit, "unreachable" and "never tried" only mean "not reached yet": say what is known.
  if (truncated) {
    return (
      <p className="preview-safety preview-safety--fault">
        <strong>Safety: not proven.</strong> The walk stopped at {PATH_LIMIT.toLocaleString("en")} paths, so only part of the quiz was checked.
      </p>
    );
  }
  return (
    <div className="preview-safety preview-safety--fault">
      <p>
        <strong>Safety: {faults.length.toLocaleString("en")} problem{faults.length === 1 ? "" : "s"}.</strong>
      </p>
      <ul>
        {faults.slice(0, 20).map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

export function PathExplorer({ model, analysis, onTry }: Props) {
  const headingId = useId();
  const [filter, setFilter] = useState("*");
  const summary = analysis.paths;
  const title = (id: string) => model?.outcomes.get(id)?.title ?? id;
  const rows = summary?.shown[filter] ?? [];
  const count = filter === "*" ? (summary?.total ?? 0) : (summary?.counts.find(([id]) => id === filter)?.[1] ?? 0);

  return (
    <section aria-labelledby={headingId} className="preview-panel" aria-busy={analysis.busy}>
      <h2 id={headingId}>Paths</h2>
      {!summary || !model ? (
        <p>{analysis.failed ?? "Walking every path…"}</p>
      ) : (
        <>
          <Safety faults={summary.safety} truncated={summary.truncated} />
          <p>
            {summary.total.toLocaleString("en")} paths{summary.truncated ? " (stopped counting at the limit)" : ""}.
            {summary.longest && ` The longest asks ${summary.longest.answers.length} questions and ends at ${title(summary.longest.outcome ?? "(none)")}.`}
            {analysis.busy && " Updating…"}
          </p>
          <fieldset className="preview-filter">
            <legend>Show paths ending at</legend>
            {[["*", summary.total] as const, ...summary.counts].map(([id, n]) => (
              <label key={id}>
                <input type="radio" name="path-filter" value={id} checked={filter === id} onChange={() => setFilter(id)} />
                {id === "*" ? "Any outcome" : title(id)} ({n.toLocaleString("en")})
              </label>
            ))}
          </fieldset>
          <table className="preview-paths">
            <caption>{rows.length < count ? `First ${rows.length} of ${count.toLocaleString("en")} paths` : `${count.toLocaleString("en")} paths`}</caption>
            <thead>
              <tr>
                <th scope="col">Answers</th>
                <th scope="col">Outcome</th>
                <th scope="col">
                  <span className="visually-hidden">Try</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                <tr key={i}>
                  <td>{describeAnswers(model, p.answers)}</td>
                  <td>{title(p.outcome ?? "(none)")}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onTry(p.answers)} aria-label={`Try path ${i + 1} in the quiz`}>
                      Try
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
