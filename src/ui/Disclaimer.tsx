/** The medical disclaimer, from the rules; every result carries it. */
export function Disclaimer({ text }: { text: string }) {
  return (
    <aside className="disclaimer" aria-label="Medical disclaimer">
      <h2 className="disclaimer__title">Medical disclaimer</h2>
      <p>{text}</p>
    </aside>
  );
}
