/**
 * The staff preview: edit the rules, see the checks live, try the quiz with the
 * edited rules beside the editor, explore every path, and download the result.
 * Edits are kept as a draft in this browser until they match the published rules again.
 */
import { useDeferredValue, useRef, useState } from "react";
import { CheckedPreview } from "./CheckedPreview.tsx";
import { type Draft, discardDraft, keepDraft, loadDraft } from "./draft.ts";
import { PreviewBoundary } from "./PreviewBoundary.tsx";
import { type EditorHandle, RulesEditor } from "./RulesEditor.tsx";

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "care-quiz.json";
  a.click();
  URL.revokeObjectURL(url);
}

const when = (iso: string) => new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

/** `published` is the rules file as the site serves it now. */
export function PreviewPage({ published }: { published: string }) {
  const [restored] = useState<Draft | null>(() => {
    const draft = loadDraft();
    return draft && draft.text !== published ? draft : null;
  });
  const [text, setText] = useState(restored?.text ?? published);
  // Checking runs on a deferred copy so typing stays responsive on large files.
  const checkedText = useDeferredValue(text);
  const editor = useRef<EditorHandle>(null);

  const edit = (next: string) => {
    // Kept before anything renders it, so even an edit that crashes the page is not lost.
    keepDraft(next, published);
    setText(next);
  };
  const backToPublished = () => {
    if (!window.confirm("Discard your draft and go back to the published rules?")) return;
    discardDraft();
    setText(published);
  };

  return (
    <div className="preview">
      <header className="preview-header">
        <h1>Rules preview</h1>
        <p>
          Edits here are not saved to the site. When you're happy, download the file and replace
          <code> rules/care-quiz.json</code> (then run <code>npm run rules:check</code>).
        </p>
        <button type="button" className="button" onClick={() => download(text)}>
          Download rules.json
        </button>
      </header>
      {text !== published && (
        <p className="preview-draft">
          {restored && text === restored.text
            ? `This is your draft from ${when(restored.savedAt)}, kept in this browser; it is not on the site.`
            : "Your edits are kept as a draft in this browser; they are not on the site."}{" "}
          <button type="button" className="link-button" onClick={backToPublished}>
            Go back to the published rules
          </button>
        </p>
      )}
      <div className="preview-columns">
        <RulesEditor ref={editor} value={text} onChange={edit} />
        <PreviewBoundary resetKey={checkedText}>
          <CheckedPreview text={checkedText} onJump={(p) => editor.current?.select(p.offset, p.length, p.line)} />
        </PreviewBoundary>
      </div>
    </div>
  );
}
