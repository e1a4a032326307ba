/**
 * The rules editor (CodeMirror 6). It owns the text while staff type; the page hears
 * every change, checks the text once typing pauses, and hands the problems back to be
 * underlined and marked in the gutter.
 *
 * Mounted inside a shadow root on purpose: there, CodeMirror's style-mod styles the
 * editor through a constructed stylesheet (CSSOM, which our Content-Security-Policy
 * allows) instead of injecting a <style> element, which the policy refuses without
 * 'unsafe-inline' and which a static nginx config can't allow by nonce or hash (the CSS
 * changes with the extensions in use). See README "Deploy".
 */
import { setDiagnostics } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import type { LocatedProblem } from "../../rules/check-text.ts";
import { diagnosticsFor } from "./diagnostics.ts";
import { editorExtensions } from "./extensions.ts";

export interface EditorHandle {
  /** Focuses the editor and selects a range (at least one character), scrolled into view. */
  select: (offset: number, length: number) => void;
  /** Replaces the whole text (e.g. back to the published rules), as one undoable change. */
  setText: (text: string) => void;
  /** Changes one range, as if typed: undoable, checked, kept as a draft. */
  replace: (from: number, to: number, insert: string) => void;
}

interface CheckedText {
  readonly text: string;
  readonly problems: readonly LocatedProblem[];
}

interface Props {
  readonly initial: string;
  readonly label: string;
  /** The latest check; applied only while the editor still holds the text it was made for. */
  readonly checked: CheckedText | null;
  readonly onChange: (text: string) => void;
  readonly ref?: Ref<EditorHandle>;
}

export function RulesEditor({ initial, label, checked, onChange, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The editor is created once; it reads the text it starts with and the latest handler through this.
  const latest = useRef({ initial, onChange });
  useEffect(() => {
    latest.current = { initial, onChange };
  });

  useEffect(() => {
    const element = host.current!;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    // The editor fills its host (sized by preview.css): the theme gives it height 100%.
    const editor = new EditorView({
      root: shadow,
      parent: shadow,
      state: EditorState.create({
        doc: latest.current.initial,
        extensions: editorExtensions(label, (text) => latest.current.onChange(text)),
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !checked || editor.state.doc.toString() !== checked.text) return;
    editor.dispatch(setDiagnostics(editor.state, diagnosticsFor(checked.text, checked.problems)));
  }, [checked]);

  useImperativeHandle(ref, () => ({
    select(offset, length) {
      const editor = view.current;
      if (!editor) return;
      const end = editor.state.doc.length;
      const from = Math.min(offset, end);
      const to = Math.min(from + Math.max(length, 1), end);
      editor.dispatch({ selection: EditorSelection.single(from, to), effects: EditorView.scrollIntoView(from, { y: "center" }) });
      editor.focus();
    },
    setText(text) {
      const editor = view.current;
      editor?.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
    },
    replace(from, to, insert) {
      const editor = view.current;
      editor?.dispatch({ changes: { from, to, insert }, effects: EditorView.scrollIntoView(from, { y: "center" }) });
    },
  }));

  return <div ref={host} className="preview-editor__host" />;
}
