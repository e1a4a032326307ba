/**
 * The first screen: what the quiz is, then the first question straight away (no
 * extra "Start" click), and — after an earlier visit — an offer to continue.
 */
import type { ReactNode } from "react";
import type { Rules } from "../rules/schema.ts";
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
}

export function IntroScreen({ intro, canResume, focus, onStartOver, onResume, children }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  const mounted = useMounted();
  return (
    <>
      <h1 id="intro-heading" tabIndex={-1} ref={heading}>
        {intro.heading}
      </h1>
      {intro.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {mounted && canResume && (
        <div className="panel" role="group" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Welcome back</h2>
          <p>You started this quiz before. Your answers are saved on this device only.</p>
          <div className="actions">
            <button type="button" className="button" onClick={onResume}>
              Continue where you left off
            </button>
            <button type="button" className="button button--secondary" onClick={onStartOver}>
              Start over
            </button>
          </div>
        </div>
      )}
      {children}
    </>
  );
}
