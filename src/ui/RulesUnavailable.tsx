/**
 * What visitors see when the clinic's rules file cannot be used: a calm message
 * and a way to book anyway. The located errors go to the console for staff.
 */
import { FALLBACK_BOOKING } from "../rules/fallback.ts";

export function RulesUnavailable({ bookingUrl = FALLBACK_BOOKING.url }: { bookingUrl?: string }) {
  return (
    <main className="quiz" id="main">
      <h1>This quiz is being updated</h1>
      <p>We're making some changes to this quiz. Please try again later.</p>
      <p>You can still talk to us: a free consult will help you find the right care.</p>
      <p>
        <a className="button button--large" href={bookingUrl} target="_blank" rel="noopener noreferrer">
          {FALLBACK_BOOKING.label}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
