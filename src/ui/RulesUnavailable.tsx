/**
 * What visitors see when the quiz can't run (its rules file is broken, or the app
 * failed): a calm message, what to do in an emergency, a way to book anyway, and the
 * disclaimer — all baked in at build time from the last good rules (src/ui/fallback.ts),
 * in the visitor's language, since the rules file itself can't be trusted here.
 */
import { useId } from "react";
import { fallbackFor } from "./fallback.ts";
import { Disclaimer } from "./Disclaimer.tsx";
import { language, strings } from "./strings.ts";

export function RulesUnavailable() {
  const emergencyId = useId();
  const { booking, emergency, disclaimer } = fallbackFor(language);
  return (
    <main className="quiz">
      <h1>{strings.unavailableTitle}</h1>
      <p>{strings.unavailableText}</p>
      <section className="notice" aria-labelledby={emergencyId}>
        <h2 id={emergencyId}>{strings.emergencyHeading}</h2>
        <p>{strings.emergencyText}</p>
        <p>
          <a className="button button--urgent" href={emergency.href}>
            {emergency.label}
          </a>
        </p>
      </section>
      <p>{strings.unavailableBook}</p>
      <p>
        <a className="button button--large" href={booking.url} target="_blank" rel="noopener noreferrer">
          {booking.label}
          {" "}<span className="visually-hidden">{strings.opensInNewTab}</span>
        </a>
      </p>
      <Disclaimer text={disclaimer} />
    </main>
  );
}
