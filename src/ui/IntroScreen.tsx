/** The first screen: what the quiz is, and — after an earlier visit — continue or start over. */
import type { Rules } from "../rules/schema.ts";
import { useFocusHeading } from "./use-focus-heading.ts";

interface Props {
  intro: Rules["intro"];
  canResume: boolean;
  focus: boolean;
  onStart: () => void;
  onResume: () => void;
}

export function IntroScreen({ intro, canResume, focus, onStart, onResume }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  return (
    <section aria-labelledby="intro-heading">
      <h1 id="intro-heading" tabIndex={-1} ref={heading}>
        {intro.heading}
      </h1>
      {intro.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {canResume ? (
        <div className="panel" role="group" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Welcome back</h2>
          <p>You started this quiz before. Your answers are saved on this device only.</p>
          <div className="actions">
            <button type="button" className="button" onClick={onResume}>
              Continue where you left off
            </button>
            <button type="button" className="button button--secondary" onClick={onStart}>
              Start over
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={onStart}>
            {intro.startLabel}
          </button>
        </div>
      )}
    </section>
  );
}
