/** The answers that led to a result, under one heading (GOV.UK: one list, not one per box). */
import { useId } from "react";
import type { Reason } from "../../engine/outcome.ts";

export function ReasonList({ reasons, title }: { reasons: readonly Reason[]; title: string }) {
  const id = useId();
  if (reasons.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={`${r.question}/${r.source}`}>{r.text}</li>
        ))}
      </ul>
    </section>
  );
}
