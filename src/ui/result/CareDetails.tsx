/** What a care outcome is and what to expect, from the clinic's article; and what may come later. */
import type { Recommendation } from "../../engine/outcome.ts";
import { strings } from "../strings.ts";

export function CareDetails({ result }: { result: Recommendation }) {
  const { outcome, secondary } = result;
  return (
    <div className="care-details">
      <h2>{strings.aboutThisCare}</h2>
      {outcome.explanation.map((p) => <p key={p}>{p}</p>)}
      {outcome.whatToExpect && (
        <>
          <h2>{strings.whatToExpect}</h2>
          <ul>
            {outcome.whatToExpect.map((item) => <li key={item}>{item}</li>)}
          </ul>
        </>
      )}
      {secondary && (
        <section className="secondary" aria-label={strings.later}>
          <h2>{strings.later}</h2>
          <p>
            <strong>{secondary.outcome.title}.</strong> {secondary.text}
          </p>
        </section>
      )}
    </div>
  );
}
