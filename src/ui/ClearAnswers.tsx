/** Always-visible control that wipes saved answers from this device and starts again. */
export function ClearAnswers({ onClear }: { onClear: () => void }) {
  return (
    <p className="clear-answers">
      <button type="button" className="link-button" data-action="clear" onClick={onClear}>
        Clear my answers
      </button>
      <span className="hint"> Your answers are saved on this device only.</span>
    </p>
  );
}
