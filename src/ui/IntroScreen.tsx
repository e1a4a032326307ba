/**
 * The first screen: what the quiz is, then the first question straight away (no
 * extra "Start" click), and — after an earlier visit — an offer to continue.
 */
import { type ReactNode, useId } from "react";
import type { Rules } from "../rules/schema.ts";
import { strings } from "./strings.ts";
import { useDocumentTitle } from "./use-document-title.ts";
import { useFocusHeading } from "./use-focus-heading.ts";
import { useMounted } from "./use-mounted.ts";

interface Props {
  intro: Rules["intro"];
  canResume: boolean;
  focus: boolean;
  onStartOver: () => void;
  onResume: () => void;
  /** The first question, rendered below the introduction. */
  children: ReactNode;
  quizTitle: string;
}

export function IntroScreen({ intro, canResume, focus, onStartOver, onResume, children, quizTitle }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  const mounted = useMounted();
  const headingId = useId();
  useDocumentTitle(quizTitle);
  // One clear choice after an earlier visit: continue or start again, and nothing else to
  // answer until it is made (answering question 1 would silently discard the saved answers).
  // Shown only once mounted: the pre-rendered page knows nothing of this device's progress.
  const offerResume = mounted && canResume;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {intro.heading}
      </h1>
      {intro.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {offerResume ? (
        <div className="panel" role="group" aria-labelledby={headingId}>
          <h2 id={headingId}>{strings.welcomeBack}</h2>
          <p>{strings.welcomeBackText}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onResume}>
              {strings.resume}
            </button>
            <button type="button" className="button button--secondary" onClick={onStartOver}>
              {strings.startAgain}
            </button>
          </div>
        </div>
      ) : (
        children
      )}
    </>
  );
}
