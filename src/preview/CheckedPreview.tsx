/**
 * Everything the preview derives from the edited text: the checks, the quiz
 * beside the editor, notes for review and every path. Rendered inside
 * PreviewBoundary, so a failure here never takes the editor down with it.
 */
import { useMemo, useState } from "react";
import { checkRulesText, type LocatedProblem } from "../rules/check-text.ts";
import { Quiz } from "../ui/Quiz.tsx";
import { PathExplorer } from "./PathExplorer.tsx";
import { ProblemList } from "./ProblemList.tsx";

interface Props {
  readonly text: string;
  readonly onJump: (problem: LocatedProblem) => void;
}

export function CheckedPreview({ text, onJump }: Props) {
  const check = useMemo(() => checkRulesText(text), [text]);
  // The quiz keeps the last good rules while the file is broken mid-edit.
  const [lastGood, setLastGood] = useState(check.model);
  const [generation, setGeneration] = useState(0);
  if (check.model && check.model !== lastGood) {
    setLastGood(check.model);
    setGeneration((g) => g + 1);
  }
  const reviewNotes = lastGood?.rules.outcomes.filter((o) => o.reviewNote) ?? [];

  return (
    <>
      <section aria-labelledby="try-heading" className="preview-quiz">
        <h2 id="try-heading">Try it</h2>
        {lastGood ? <Quiz key={generation} model={lastGood} saveProgress={false} /> : <p>Fix the errors to try the quiz.</p>}
      </section>
      <div className="preview-details">
        <ProblemList problems={check.problems} onJump={onJump} />
        {reviewNotes.length > 0 && (
          <section aria-labelledby="review-heading" className="preview-panel">
            <h2 id="review-heading">Notes for clinic review</h2>
            <ul>
              {reviewNotes.map((o) => (
                <li key={o.id}>
                  <strong>{o.title}:</strong> {o.reviewNote}
                </li>
              ))}
            </ul>
          </section>
        )}
        {lastGood && <PathExplorer model={lastGood} />}
      </div>
    </>
  );
}
