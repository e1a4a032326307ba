/** "Back" at the top of a screen; the chevron is decoration, so its name is just "Back". */
import { strings } from "./strings.ts";

export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    // data-action: the early capture (src/app/early-capture.ts) answers Back before the app arrives.
    <button type="button" className="back-link" data-action="back" onClick={onBack}>
      <span aria-hidden="true">‹ </span>
      {strings.back}
    </button>
  );
}
