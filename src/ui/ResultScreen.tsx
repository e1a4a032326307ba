/**
 * The recommendation and why. An urgent result says plainly what to do and offers
 * no booking, so it can never read as a substitute for seeing a doctor.
 */
import { bookingLink } from "../engine/booking.ts";
import type { Recommendation } from "../engine/outcome.ts";
import type { Rules } from "../rules/schema.ts";
import { Disclaimer } from "./Disclaimer.tsx";
import { useFocusHeading } from "./use-focus-heading.ts";

interface Props {
  rules: Rules;
  result: Recommendation;
  focus: boolean;
  onBack: () => void;
  onRestart: () => void;
  onBookingClick?: () => void;
}

function ReasonList({ reasons, title }: { reasons: Recommendation["reasons"]; title: string }) {
  if (reasons.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={`${r.question}/${r.source}`}>{r.text}</li>
        ))}
      </ul>
    </>
  );
}

export function ResultScreen({ rules, result, focus, onBack, onRestart, onBookingClick }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  const { outcome } = result;
  const booking = bookingLink(rules.booking, outcome);
  const caption = outcome.caption ?? (result.urgent ? undefined : "We suggest");
  return (
    <>
      <button type="button" className="back-link" onClick={onBack}>
        Back
      </button>
      <article className={result.urgent ? "result result--urgent" : "result"} aria-labelledby="result-heading">
        {rules.clearance && result.clearance.length > 0 && (
          <section className="notice" aria-labelledby="clearance-heading">
            <h2 id="clearance-heading">{rules.clearance.title}</h2>
            <p>{rules.clearance.text}</p>
            <ReasonList reasons={result.clearance} title="Because you told us:" />
          </section>
        )}
        <h1 id="result-heading" tabIndex={-1} ref={heading}>
          {caption && <span className="caption">{caption}</span>}
          <span className="question-text">{outcome.title}</span>
        </h1>
        <p className="lead">{outcome.summary}</p>
        {result.note && <p className="result__note">{result.note}</p>}
        {result.urgent && outcome.action && (
          <p>
            <a className="button button--urgent" href={outcome.action.href}>
              {outcome.action.label}
            </a>
          </p>
        )}
        {result.urgent && outcome.whatToExpect && (
          <>
            <h2>What to do</h2>
            <ol className="steps">
              {outcome.whatToExpect.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          </>
        )}
        <ReasonList reasons={result.reasons} title="Because you told us:" />
        {!result.urgent && (
          <div className="booking">
            <p>
              In a free consult you can tell us what hurts or what you want to achieve, by phone or online, with no obligation.
            </p>
            <a
              className="button button--large"
              href={booking.href}
              target="_blank"
              rel="noopener noreferrer"
              onClick={onBookingClick}
            >
              {booking.label}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </div>
        )}
        <h2>{result.urgent ? "Why we can't suggest care yet" : `About ${outcome.title.toLowerCase()}`}</h2>
        {outcome.explanation.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {!result.urgent && outcome.whatToExpect && (
          <>
            <h2>What to expect</h2>
            <ul>
              {outcome.whatToExpect.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        )}
        {result.secondary && (
          <section className="secondary" aria-labelledby="secondary-heading">
            <h2 id="secondary-heading">Later: {result.secondary.outcome.title.toLowerCase()}</h2>
            <p>{result.secondary.text}</p>
          </section>
        )}
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onRestart}>
            Start over
          </button>
        </div>
        <Disclaimer text={rules.disclaimer} />
      </article>
    </>
  );
}
