/**
 * Something to take to the consult or the doctor: print (or save as PDF — the print
 * stylesheet lays the result out on one page), copy as text, or share where the phone
 * offers it. Each is the visitor's own action; nothing is sent anywhere by the quiz.
 */
import { useId, useState } from "react";
import { strings } from "../strings.ts";

interface Props {
  title: string;
  /** Built when asked for, so the date is the day the visitor takes it. */
  text: () => string;
}

export function SummaryActions({ title, text }: Props) {
  const id = useId();
  const [status, setStatus] = useState("");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(strings.copied);
    } catch {
      setStatus(strings.copyFailed);
    }
  };
  const share = () => {
    // A visitor who cancels the share sheet rejects the promise: that is not an error.
    navigator.share({ title, text: text() }).catch(() => {});
  };
  return (
    <section aria-labelledby={id} className="take-away">
      <h2 id={id}>{strings.takeAway}</h2>
      <p className="hint">{strings.takeAwayText}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>{strings.print}</button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>{strings.copy}</button>
        {canShare && <button type="button" className="button button--secondary" onClick={share}>{strings.share}</button>}
      </div>
      <p role="status" className="take-away__status">{status}</p>
    </section>
  );
}
