/**
 * The quiz beside the editor, run on the last rules without errors, with notes for
 * review. "Edit words" lets staff click a question, answer, reason or result text and
 * change it there: the JSON changes at exactly that string. After any edit the quiz
 * comes back where staff were (their answers replayed), and a path picked in the path
 * explorer starts it with that path's answers. Rendered inside PreviewBoundary, so a
 * failure here never takes the editor down with it.
 */
import { type MouseEvent, useId, useState } from "react";
import type { AnswerLog } from "../engine/answers.ts";
import type { QuizModel } from "../rules/model.ts";
import type { JsonPath } from "../rules/problems.ts";
import { findVisitorText, type VisitorText } from "../rules/visitor-texts.ts";
import type { QuizEvent } from "../machine/visit-events.ts";
import { Quiz } from "../ui/Quiz.tsx";
import { WordForm } from "./WordForm.tsx";

interface Props {
  readonly model: QuizModel | null;
  /** A path to try, from the path explorer; `n` tells a second pick of the same path apart. */
  readonly trial: { readonly answers: AnswerLog; readonly n: number } | null;
  readonly onChangeText: (path: JsonPath, value: string) => void;
}

interface Position {
  readonly log: AnswerLog;
  readonly outcome?: string;
}

export function CheckedPreview({ model, trial, onChangeText }: Props) {
  const tryId = useId();
  const reviewId = useId();
  // The quiz keeps the last good rules while the file is broken mid-edit.
  const [lastGood, setLastGood] = useState(model);
  const [run, setRun] = useState<{ key: number; start: AnswerLog | undefined }>({ key: 0, start: undefined });
  const [position, setPosition] = useState<Position>({ log: [] });
  const [seenTrial, setSeenTrial] = useState(trial);
  const [editingWords, setEditingWords] = useState(false);
  const [target, setTarget] = useState<VisitorText | null>(null);
  if (model && model !== lastGood) {
    setLastGood(model);
    setRun((r) => ({ key: r.key + 1, start: position.log }));
  }
  if (trial !== seenTrial) {
    setSeenTrial(trial);
    if (trial) setRun((r) => ({ key: r.key + 1, start: trial.answers }));
  }
  const reviewNotes = lastGood?.rules.outcomes.filter((o) => o.reviewNote) ?? [];

  const heard = (event: QuizEvent) => {
    if (event.type === "step") setPosition({ log: event.log });
    else if (event.type === "completed") setPosition({ log: event.log, outcome: event.result.outcome });
  };

  /** In "edit words" mode, a click on a text the rules write opens it for editing instead of acting. */
  const pick = (event: MouseEvent<HTMLDivElement>) => {
    if (!editingWords || !lastGood) return;
    const question = event.currentTarget.querySelector("input[name]")?.getAttribute("name") ?? undefined;
    const context = { question, outcome: position.outcome, answered: position.log.map((a) => a.question) };
    let element = event.target instanceof Element ? event.target : null;
    for (let depth = 0; element && depth < 3 && element !== event.currentTarget; depth++, element = element.parentElement) {
      const found = findVisitorText(lastGood.rules, element.textContent ?? "", context);
      if (found) {
        event.preventDefault();
        event.stopPropagation();
        setTarget(found);
        return;
      }
    }
  };

  return (
    <div className="preview-side">
      <section aria-labelledby={tryId} className="preview-quiz">
        <div className="preview-quiz__bar">
          <h2 id={tryId}>Try it</h2>
          <button type="button" className="button button--secondary preview-toggle" aria-pressed={editingWords} onClick={() => { setEditingWords((on) => !on); setTarget(null); }}>
            Edit words
          </button>
        </div>
        {editingWords && !target && <p className="preview-hint">Click a question, an answer, a reason or a result text to change its words.</p>}
        {target && (
          <WordForm
            key={target.key}
            target={target}
            onSave={(value) => {
              onChangeText(target.path, value);
              setTarget(null);
            }}
            onCancel={() => setTarget(null)}
          />
        )}
        {/* Clicks are only picked in "edit words" mode; otherwise the quiz works as visitors see it. */}
        <div className={editingWords ? "preview-quiz__body preview-quiz__body--words" : "preview-quiz__body"} onClickCapture={pick}>
          {lastGood ? (
            <Quiz key={run.key} model={lastGood} saveProgress={false} onEvent={heard} {...(run.start ? { start: run.start } : {})} />
          ) : (
            <p>Fix the errors to try the quiz.</p>
          )}
        </div>
      </section>
      {reviewNotes.length > 0 && (
        <section aria-labelledby={reviewId} className="preview-panel">
          <h2 id={reviewId}>Notes for clinic review</h2>
          <ul>
            {reviewNotes.map((o) => (
              <li key={o.id}>
                <strong>{o.title}:</strong> {o.reviewNote}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
