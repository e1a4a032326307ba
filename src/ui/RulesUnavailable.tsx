/**
 * What visitors see when the quiz can't run (its rules file is broken, or the app
 * failed): a calm message, what to do in an emergency, a way to book anyway, and the
 * disclaimer — all baked in at build time from the last good rules (src/ui/fallback.ts),
 * since the rules file itself can't be trusted here.
 */
import { useId } from "react";
import { FALLBACK } from "./fallback.ts";
import { Disclaimer } from "./Disclaimer.tsx";

export function RulesUnavailable() {
  const emergencyId = useId();
  const { booking, emergency, disclaimer } = FALLBACK;
  return (
    <main className="quiz">
      <h1>This quiz is being updated</h1>
      <p>We're making some changes to this quiz. Please try again later.</p>
      <section className="notice" aria-labelledby={emergencyId}>
        <h2 id={emergencyId}>In an emergency</h2>
        <p>If you have chest pain, trouble breathing, or signs of a stroke (a drooping face, a weak arm, slurred speech), don't wait:</p>
        <p>
          <a className="button button--urgent" href={emergency.href}>
            {emergency.label}
          </a>
        </p>
      </section>
      <p>You can still talk to us: a free consult will help you find the right care.</p>
      <p>
        <a className="button button--large" href={booking.url} target="_blank" rel="noopener noreferrer">
          {booking.label}
          {" "}<span className="visually-hidden">(opens in a new tab)</span>
        </a>
      </p>
      <Disclaimer text={disclaimer} />
    </main>
  );
}
