/**
 * A plain textarea for the rules JSON, with a way for the problem list to jump to a
 * line. (Schema-aware completion comes from editing rules/care-quiz.json in an editor
 * that reads its "$schema"; no light editor component offers it here.)
 */
import { type Ref, useImperativeHandle, useRef } from "react";

export interface EditorHandle {
  select: (offset: number, length: number, line: number) => void;
}

interface Props {
  value: string;
  onChange: (text: string) => void;
  ref?: Ref<EditorHandle>;
}

export function RulesEditor({ value, onChange, ref }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    select(offset, length, line) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(offset, offset + Math.max(length, 1));
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
      el.scrollTop = Math.max(0, (line - 3) * lineHeight);
    },
  }));
  return (
    <div className="preview-editor">
      <label htmlFor="rules-text">rules/care-quiz.json</label>
      <textarea
        id="rules-text"
        ref={area}
        spellCheck={false}
        wrap="off"
        autoCapitalize="off"
        autoCorrect="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
