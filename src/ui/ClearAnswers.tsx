/** Always-visible control that wipes saved answers from this device and starts again. */
import { strings } from "./strings.ts";

export function ClearAnswers({ onClear }: { onClear: () => void }) {
  return (
    <p className="clear-answers">
      <button type="button" className="link-button" data-action="clear" onClick={onClear}>
        {strings.clearAnswers}
      </button>
      <span className="hint"> {strings.savedOnDevice}</span>
    </p>
  );
}
