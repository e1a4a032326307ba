/**
 * One question per screen (GOV.UK pattern): the question is the fieldset's legend
 * and the page heading, answers are native radios or checkboxes, and nothing moves
 * on until the visitor presses Continue — arrow keys only change the selection.
 */
import { type FormEvent, Fragment, useEffect, useId, useRef, useState } from "react";
import type { Progress } from "../engine/progress.ts";
import type { Question } from "../rules/schema.ts";
import { BackButton } from "./BackButton.tsx";
import { toggleChoice } from "./choices.ts";
import { strings } from "./strings.ts";
import { useDocumentTitle } from "./use-document-title.ts";
import { useFocusHeading } from "./use-focus-heading.ts";

interface Props {
  question: Question;
  progress: Progress;
  initial: readonly string[];
  focus: boolean;
  onAnswer: (options: string[]) => void;
  /** Absent on the first screen, where the question sits under the introduction. */
  onBack?: () => void;
  /** The quiz's name, for the page title. */
  quizTitle: string;
}

export function QuestionScreen({ question, progress, initial, focus, onAnswer, onBack, quizTitle }: Props) {
  // Under the introduction's h1 the question is an h2; on its own screen it is the page's h1.
  const Heading = onBack ? "h1" : "h2";
  const [selected, setSelected] = useState<string[]>([...initial]);
  // Counts attempts, so a second empty Continue focuses the summary again.
  const [errorShown, setErrorShown] = useState(0);
  const showError = errorShown > 0;
  const summary = useRef<HTMLDivElement>(null);
  // Focus the error summary once it exists (focusing before the render found nothing).
  useEffect(() => {
    if (errorShown > 0) summary.current?.focus();
  }, [errorShown]);
  const title = strings.questionTitle(progress.number, question.text, quizTitle);
  useDocumentTitle(showError ? strings.errorTitle(title) : title);
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const inputId = (optionId: string) => `${uid}-${optionId}`;
  const firstInput = question.options[0] ? inputId(question.options[0].id) : undefined;
  const errorText = question.type === "single" ? strings.errorSingle : strings.errorMultiple;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setErrorShown((n) => n + 1);
      return;
    }
    onAnswer(selected);
  };

  const describedBy = [question.help ? hintId : "", showError ? errorId : ""].filter(Boolean).join(" ");

  return (
    <>
      {onBack && <BackButton onBack={onBack} />}
      {/* method="dialog": a form outside a dialog submits nowhere, so without the app (no
          JavaScript, or before it arrives: see src/app/early-capture.ts) no answer ever
          reaches the server, in a URL or otherwise. */}
      <form method="dialog" onSubmit={submit} noValidate>
        {showError && (
          <div className="error-summary" ref={summary} tabIndex={-1} role="alert"
            aria-labelledby={`${uid}-summary-title`} aria-describedby={`${uid}-summary-body`}>
            {/* Named and described: focus then announces "There is a problem" and the error itself. */}
            <h2 id={`${uid}-summary-title`}>{strings.problem}</h2>
            <a id={`${uid}-summary-body`} href={`#${firstInput}`} onClick={(e) => { e.preventDefault(); if (firstInput) document.getElementById(firstInput)?.focus(); }}>
              {errorText}
            </a>
          </div>
        )}
        <fieldset className={showError ? "field field--error" : "field"} aria-describedby={describedBy || undefined}>
          <legend>
            <Heading tabIndex={-1} ref={heading} className="question-heading">
              <span className="caption">
                {strings.questionOf(progress.number, progress.mostTotal)}
              </span>
              {/* Unseen (the caption is a block) but heard: keeps "15" and "What" apart in the spoken name. */}
              {" "}
              <span className="question-text">{question.text}</span>
            </Heading>
          </legend>
          {question.help && (
            <p className="hint" id={hintId}>
              {question.help}
            </p>
          )}
          {showError && (
            <p className="error-message" id={errorId}>
              <span className="visually-hidden">{strings.errorPrefix}</span> {errorText}
            </p>
          )}
          <div className="choices">
            {question.options.map((option) => {
              const id = inputId(option.id);
              const optionHint = option.help ? `${id}-hint` : undefined;
              return (
                <Fragment key={option.id}>
                  {option.exclusive && question.type === "multiple" && <p className="choices__divider">{strings.or}</p>}
                  <div className="choice">
                    <input
                      id={id}
                      type={question.type === "single" ? "radio" : "checkbox"}
                      name={question.id}
                      value={option.id}
                      checked={selected.includes(option.id)}
                      aria-describedby={optionHint}
                      // For the early capture, which keeps "None of these" alone before the app arrives.
                      data-exclusive={option.exclusive && question.type === "multiple" ? "" : undefined}
                      onChange={(e) => {
                        // Read now: React clears currentTarget before the updater runs.
                        const checked = e.currentTarget.checked;
                        setSelected((s) => toggleChoice(question, s, option.id, checked));
                        setErrorShown(0);
                      }}
                    />
                    <label htmlFor={id}>{option.label}</label>
                    {option.help && (
                      <p className="choice__hint hint" id={optionHint}>
                        {option.help}
                      </p>
                    )}
                  </div>
                </Fragment>
              );
            })}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            {strings.continue}
          </button>
        </div>
      </form>
    </>
  );
}
