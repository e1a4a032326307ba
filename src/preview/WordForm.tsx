/** Changing one text picked in the quiz: its place in the rules, the words, Save or Cancel. */
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { VisitorText } from "../rules/visitor-texts.ts";

interface Props {
  readonly target: VisitorText;
  readonly onSave: (value: string) => void;
  readonly onCancel: () => void;
}

export function WordForm({ target, onSave, onCancel }: Props) {
  const [value, setValue] = useState(target.text);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [target]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    onSave(value);
  };
  return (
    <form className="preview-words" onSubmit={save} onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <label htmlFor={id}>
        Words at <code>{target.key}</code>
      </label>
      <textarea id={id} ref={field} rows={3} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
      <div className="preview-words__actions">
        <button type="submit" className="button">
          Save words
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
