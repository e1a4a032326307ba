/**
 * "Compare with the published rules": how many visitor paths end at another outcome with
 * this text than with the rules the site serves, grouped by from → to with an example
 * each; moves from an urgent outcome to care first, in red. Walks both versions in the
 * analysis worker (src/staff/diff.ts), only while this panel is open.
 */
import type { QuizModel } from "../rules/model.ts";
import { describeAnswers, describeEnding } from "../staff/describe.ts";
import type { Analysis } from "./analysis/use-analysis.ts";
import { checkRulesText } from "../rules/check-text.ts";
import { useId, useMemo } from "react";

interface Props {
  readonly model: QuizModel | null;
  readonly published: string;
  readonly analysis: Analysis;
  readonly comparing: boolean;
  readonly onCompare: (on: boolean) => void;
}

const paths = (n: number) => `${n.toLocaleString("en")} path${n === 1 ? "" : "s"}`;

export function ComparePanel({ model, published, analysis, comparing, onCompare }: Props) {
  const headingId = useId();
  const before = useMemo(() => (comparing ? checkRulesText(published).model : null), [comparing, published]);
  const diff = analysis.diff;
  const urgent = diff?.changes.filter((c) => c.urgentToCare).reduce((n, c) => n + c.count, 0) ?? 0;
  return (
    <section aria-labelledby={headingId} className="preview-panel">
      <h2 id={headingId}>What this changes for visitors</h2>
      <button type="button" className="button button--secondary" aria-pressed={comparing} onClick={() => onCompare(!comparing)}>
        Compare with the published rules
      </button>
      {comparing && (
        <div role="status" className="preview-compare">
          {!model ? (
            <p>Fix the errors to compare.</p>
          ) : diff === undefined ? (
            <p>Comparing every path…</p>
          ) : diff === null || !before ? (
            <p>The published rules have errors, so there is nothing to compare with.</p>
          ) : (
            <>
              <p>
                <strong>
                  {diff.changed === 0 ? `No outcome changes: ${paths(diff.compared)} compared.` : `${paths(diff.changed)} of ${diff.compared.toLocaleString("en")} change outcome.`}
                </strong>
                {diff.truncated && " The walk stopped at its limit: these counts cover only part of the quiz."}
              </p>
              {urgent > 0 && <p className="preview-compare__urgent">{paths(urgent)} {urgent === 1 ? "moves" : "move"} from an urgent outcome to a care outcome.</p>}
              <ul className="preview-changes">
                {diff.changes.map((c) => (
                  <li key={`${c.before.outcome}>${c.after.outcome}`} className={c.urgentToCare ? "preview-change preview-change--urgent" : "preview-change"}>
                    <strong>
                      {paths(c.count)}: {describeEnding(before, c.before)} → {describeEnding(model, c.after)}
                    </strong>
                    <br />
                    e.g. {describeAnswers(model, c.example)}
                    {c.onlyBefore.length > 0 && ` (the published rules also asked ${describeAnswers(before, c.onlyBefore)})`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
