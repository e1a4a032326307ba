/** "Back" at the top of a screen; the chevron is decoration, so its name is just "Back". */
import { strings } from "./strings.ts";

export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="back-link" onClick={onBack}>
      <span aria-hidden="true">‹ </span>
      {strings.back}
    </button>
  );
}
