/** The medical disclaimer, from the rules; every result carries it (and links to it from the top). */
import { strings } from "./strings.ts";

export function Disclaimer({ text, id }: { text: string; id?: string }) {
  return (
    <aside className="disclaimer" aria-label={strings.disclaimerTitle} id={id} tabIndex={-1}>
      <h2 className="disclaimer__title">{strings.disclaimerTitle}</h2>
      <p>{text}</p>
    </aside>
  );
}
