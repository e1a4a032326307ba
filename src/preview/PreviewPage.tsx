/**
 * The staff preview: edit the rules, see the checks live, try the quiz with the
 * edited rules beside the editor, explore every path, and download the result.
 */
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { checkRulesText } from "../rules/check-text.ts";
import { Quiz } from "../ui/Quiz.tsx";
import { PathExplorer } from "./PathExplorer.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { type EditorHandle, RulesEditor } from "./RulesEditor.tsx";

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "care-quiz.json";
  a.click();
  URL.revokeObjectURL(url);
}

export function PreviewPage({ initialText }: { initialText: string }) {
  const [text, setText] = useState(initialText);
  // Checking runs on a deferred copy so typing stays responsive on large files.
  const checkedText = useDeferredValue(text);
  const check = useMemo(() => checkRulesText(checkedText), [checkedText]);
  const editor = useRef<EditorHandle>(null);
  // The quiz keeps the last good rules while the file is broken mid-edit.
  const [lastGood, setLastGood] = useState(check.model);
  const [generation, setGeneration] = useState(0);
  if (check.model && check.model !== lastGood) {
    setLastGood(check.model);
    setGeneration((g) => g + 1);
  }
  const reviewNotes = lastGood?.rules.outcomes.filter((o) => o.reviewNote) ?? [];

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
      <div className="preview-columns">
        <RulesEditor ref={editor} value={text} onChange={setText} />
        <section aria-labelledby="try-heading" className="preview-quiz">
          <h2 id="try-heading">Try it</h2>
          {lastGood ? (
            <Quiz key={generation} model={lastGood} saveProgress={false} />
          ) : (
            <p>Fix the errors to try the quiz.</p>
          )}
        </section>
      </div>
      <ProblemList problems={check.problems} onJump={(p) => editor.current?.select(p.offset, p.length, p.line)} />
      {reviewNotes.length > 0 && (
        <section aria-labelledby="review-heading" className="preview-panel">
          <h2 id="review-heading">Notes for clinic review</h2>
          <ul>
            {reviewNotes.map((o) => (
              <li key={o.id}>
                <strong>{o.title}:</strong> {o.reviewNote}
              </li>
            ))}
          </ul>
        </section>
      )}
      {lastGood && <PathExplorer model={lastGood} />}
    </div>
  );
}
