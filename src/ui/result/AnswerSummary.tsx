/**
 * "Your answers" (GOV.UK check-your-answers pattern): every question asked and what the
 * visitor chose, each with a Change button that goes back to that question.
 */
import { useId } from "react";
import type { AnsweredQuestion } from "../../engine/answered.ts";
import { strings } from "../strings.ts";

interface Props {
  answers: readonly AnsweredQuestion[];
  onChange: (question: string) => void;
}

export function AnswerSummary({ answers, onChange }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="answers">
      <h2 id={id}>{strings.yourAnswers}</h2>
      <dl className="summary-list">
        {answers.map((a) => (
          <div className="summary-list__row" key={a.question}>
            <dt className="summary-list__key">{a.text}</dt>
            <dd className="summary-list__value">
              {a.answers.length === 1 ? a.answers[0] : (
                <ul>
                  {a.answers.map((label) => <li key={label}>{label}</li>)}
                </ul>
              )}
            </dd>
            <dd className="summary-list__actions">
              <button type="button" className="link-button" onClick={() => onChange(a.question)}>
                {strings.change}{" "}
                <span className="visually-hidden">— {a.text}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
