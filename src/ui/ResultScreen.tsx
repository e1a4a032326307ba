/**
 * The recommendation and why. An urgent result is an emergency card with its action
 * inside and offers no booking, so it can never read as a substitute for seeing a
 * doctor; a care result leads to the booking box. Both list the visitor's answers with
 * a way to change each, and can be printed, copied or shared.
 *
 * Without its details (the texts only a care result shows, in a second file that couldn't
 * be loaded: result/texts.ts) a care result still shows the outcome, the clearance note, the
 * booking link and the disclaimer, and says plainly that the rest couldn't be loaded; it
 * shows no reasons, since which answers explain it can't be told without their texts. An
 * urgent result never lacks anything: all it shows comes with the rules at start.
 */
import { useId } from "react";
import type { AnsweredQuestion } from "../engine/answered.ts";
import { bookingLink } from "../engine/booking.ts";
import type { Recommendation } from "../engine/outcome.ts";
import type { Rules } from "../rules/schema.ts";
import { BackButton } from "./BackButton.tsx";
import { Disclaimer } from "./Disclaimer.tsx";
import { AnswerSummary } from "./result/AnswerSummary.tsx";
import { CareDetails } from "./result/CareDetails.tsx";
import { ReasonList } from "./result/ReasonList.tsx";
import { SummaryActions } from "./result/SummaryActions.tsx";
import { summaryText } from "./result/summary-text.ts";
import { UrgentPanel } from "./result/UrgentPanel.tsx";
import { strings } from "./strings.ts";
import { useDocumentTitle } from "./use-document-title.ts";
import { useFocusHeading } from "./use-focus-heading.ts";
import "./result/result.css";

interface Props {
  rules: Rules;
  result: Recommendation;
  /** False when the texts only a care result shows couldn't be loaded. */
  details: boolean;
  answers: readonly AnsweredQuestion[];
  focus: boolean;
  onBack: () => void;
  onChange: (question: string) => void;
  onRestart: () => void;
  onBookingClick?: () => void;
}

export function ResultScreen({ rules, result, details, answers, focus, onBack, onChange, onRestart, onBookingClick }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>(focus);
  const headingId = useId();
  const disclaimerId = useId();
  const { outcome, urgent } = result;
  const booking = bookingLink(rules.booking, outcome);
  useDocumentTitle(strings.resultTitle(outcome.title, rules.title));
  const text = () => summaryText({ rules, result, details, answers, booking, date: new Date() });
  const printHeader = (
    <p className="print-only">
      {[rules.clinic?.name, rules.title].filter(Boolean).join(" — ")} · {strings.summaryDate(new Date())}
    </p>
  );
  const disclaimerLine = (
    <p className="result__disclaimer-line">
      {strings.notDiagnosis} <a href={`#${disclaimerId}`}>{strings.readDisclaimer}</a>
    </p>
  );
  const end = (
    <>
      <AnswerSummary answers={answers} onChange={onChange} />
      <SummaryActions title={outcome.title} text={text} />
      <div className="actions">
        {urgent && <button type="button" className="button button--secondary" onClick={onBack}>{strings.changeMyAnswers}</button>}
        <button type="button" className="button button--secondary" onClick={onRestart}>{strings.startOver}</button>
      </div>
      <Disclaimer id={disclaimerId} text={rules.disclaimer} />
    </>
  );

  if (urgent) {
    return (
      <article className="result result--urgent" aria-labelledby={headingId}>
        {printHeader}
        <UrgentPanel outcome={outcome} headingId={headingId} headingRef={heading} />
        {disclaimerLine}
        <ReasonList reasons={result.reasons} title={strings.whatYouToldUs} />
        <h2>{strings.whyNoCareYet}</h2>
        {outcome.explanation.map((p) => <p key={p}>{p}</p>)}
        {end}
      </article>
    );
  }
  const caption = outcome.caption ?? strings.weSuggest;
  return (
    <>
      <BackButton onBack={onBack} />
      <article className="result" aria-labelledby={headingId}>
        {printHeader}
        <h1 id={headingId} tabIndex={-1} ref={heading}>
          <span className="caption">{caption}</span>{" "}
          <span className="question-text">{outcome.title}</span>
        </h1>
        {/* Straight under the heading focus moves to, so a screen reader reads it first, and above everything else. */}
        {rules.clearance && result.clearance.length > 0 && (
          <section className="notice" aria-labelledby={`${headingId}-clearance`}>
            <h2 id={`${headingId}-clearance`}>{rules.clearance.title}</h2>
            <p>{rules.clearance.text}</p>
            <ul className="reasons">
              {result.clearance.map((r) => <li key={`${r.question}/${r.source}`}>{r.text}</li>)}
            </ul>
          </section>
        )}
        {disclaimerLine}
        {details ? (
          <>
            <p className="lead">{outcome.summary}</p>
            {result.note && <p className="result__note">{result.note}</p>}
            <ReasonList reasons={result.reasons} title={strings.whyWeSuggest} />
          </>
        ) : (
          <p className="result__note">{strings.detailsUnavailable}</p>
        )}
        <section className="booking" aria-labelledby={`${headingId}-booking`}>
          <h2 id={`${headingId}-booking`}>{strings.nextStep}</h2>
          <p>{strings.consultText}</p>
          <a className="button button--large" href={booking.href} target="_blank" rel="noopener noreferrer" onClick={onBookingClick}>
            {booking.label}
            {" "}<span className="visually-hidden">{strings.opensInNewTab}</span>
          </a>
          <p className="print-only">{booking.href}{rules.clinic?.phone ? ` · ${strings.labelled(strings.summaryCall, rules.clinic.phone)}` : ""}</p>
        </section>
        {details && <CareDetails result={result} />}
        {end}
      </article>
    </>
  );
}
