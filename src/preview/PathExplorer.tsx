/**
 * Every path through the edited rules as a row (answers → outcome), with counts
 * per outcome, a filter, and the longest path — so staff can see what a change does
 * to everyone, not just to the visitor they have in mind.
 */
import { useMemo, useState } from "react";
import { explorePaths, type QuizPath } from "../engine/paths.ts";
import type { QuizModel } from "../rules/model.ts";

const SHOWN = 200;

function describe(model: QuizModel, path: QuizPath): string {
  return path.answers
    .map((a) => {
      const labels = a.options.map((o) => model.options.get(a.question)?.get(o)?.label ?? o);
      return `${a.question}: ${labels.join(" + ")}`;
    })
    .join(" → ");
}

export function PathExplorer({ model }: { model: QuizModel }) {
  const report = useMemo(() => explorePaths(model, 50_000), [model]);
  const [filter, setFilter] = useState<string>("all");
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of report.paths) map.set(p.outcome ?? "(none)", (map.get(p.outcome ?? "(none)") ?? 0) + 1);
    return map;
  }, [report]);
  const longest = report.paths.reduce<QuizPath | undefined>((a, b) => (!a || b.answers.length > a.answers.length ? b : a), undefined);
  const rows = filter === "all" ? report.paths : report.paths.filter((p) => (p.outcome ?? "(none)") === filter);
  const title = (id: string) => model.outcomes.get(id)?.title ?? id;

  return (
    <section aria-labelledby="paths-heading" className="preview-panel">
      <h2 id="paths-heading">Paths</h2>
      <p>
        {report.paths.length.toLocaleString("en")} paths{report.truncated ? " (stopped counting at the limit)" : ""}.
        {longest && ` The longest asks ${longest.answers.length} questions and ends at ${title(longest.outcome ?? "(none)")}.`}
      </p>
      {longest && <p className="preview-path"><strong>Longest:</strong> {describe(model, longest)} → {title(longest.outcome ?? "(none)")}</p>}
      <fieldset className="preview-filter">
        <legend>Show paths ending at</legend>
        {[["all", report.paths.length] as const, ...counts].map(([id, count]) => (
          <label key={id}>
            <input type="radio" name="path-filter" value={id} checked={filter === id} onChange={() => setFilter(id)} />
            {id === "all" ? "Any outcome" : title(id)} ({count.toLocaleString("en")})
          </label>
        ))}
      </fieldset>
      <table className="preview-paths">
        <caption>
          {rows.length > SHOWN ? `First ${SHOWN} of ${rows.length.toLocaleString("en")} paths` : `${rows.length.toLocaleString("en")} paths`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Answers</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((p, i) => (
            <tr key={i}>
              <td>{describe(model, p)}</td>
              <td>{title(p.outcome ?? "(none)")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
