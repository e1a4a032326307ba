/**
 * An urgent result as an emergency card (NHS "urgent"/"emergency" care cards): the
 * urgency is in the band's words and icon as well as its colour, and the one thing to
 * do now sits inside the card, before anything else.
 */
import type { Ref } from "react";
import type { Outcome } from "../../rules/schema.ts";
import { strings } from "../strings.ts";

interface Props {
  outcome: Outcome;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}

export function UrgentPanel({ outcome, headingId, headingRef }: Props) {
  return (
    <section className="urgent-panel" aria-labelledby={headingId}>
      <h1 id={headingId} tabIndex={-1} ref={headingRef} className="urgent-panel__heading">
        <span className="urgent-panel__band">
          {/* The word beside it ("Emergency") says it all; the sign is for the eye only. */}
          <span className="urgent-panel__icon" aria-hidden="true">!</span>
          <span className="urgent-panel__caption">{outcome.caption ?? strings.urgentCaption}<span className="visually-hidden">:</span></span>
        </span>{" "}
        <span className="question-text">{outcome.title}</span>
      </h1>
      <div className="urgent-panel__body">
        <p className="lead">{outcome.summary}</p>
        {outcome.action && (
          <p>
            <a className="button button--urgent" href={outcome.action.href}>
              {outcome.action.label}
            </a>
          </p>
        )}
        {outcome.whatToExpect && (
          <>
            <h2>{strings.whatToDo}</h2>
            <ol className="steps">
              {outcome.whatToExpect.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
