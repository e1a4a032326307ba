/**
 * The staff studio: edit the rules in a real editor with the checks beside it, try the
 * quiz with the edited rules (and change its words where they are read), see the quiz
 * as a picture, walk every path, compare with the published rules, and download.
 * Edits are kept as a draft in this browser until they match the published rules again.
 */
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { useEffect, useMemo, useRef, useState } from "react";
import type { AnswerLog } from "../engine/answers.ts";
import { checkRulesText, type TextCheck } from "../rules/check-text.ts";
import type { JsonPath } from "../rules/problems.ts";
import { useAnalysis } from "./analysis/use-analysis.ts";
import { CheckedPreview } from "./CheckedPreview.tsx";
import { ComparePanel } from "./ComparePanel.tsx";
import { type Draft, DRAFT_MAX_CHARS, discardDraft, keepDraft, loadDraft } from "./draft.ts";
import { type EditorHandle, RulesEditor } from "./editor/RulesEditor.tsx";
import { PathExplorer } from "./PathExplorer.tsx";
import { PreviewBoundary } from "./PreviewBoundary.tsx";
import { ProblemList, type SafetyCheck } from "./ProblemList.tsx";
import { QuizMap } from "./QuizMap.tsx";
import { textEdits } from "./text-edit.ts";

/** The file staff replace on the site: the download keeps its name. */
const FILE_NAME = "care-quiz.json";
/**
 * How long typing must pause before the text is checked: at least this, and twice as long
 * as the last check took, so a big file (a check of ~50 ms at 1,000 questions on a quiet
 * machine, several times that on a busy one) is checked less often while staff type.
 */
const CHECK_DELAY_MS = 150;

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = FILE_NAME;
  a.click();
  URL.revokeObjectURL(url);
}

const when = (iso: string) => new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

interface Checked {
  readonly text: string;
  readonly check: TextCheck;
  /** Milliseconds the check took. */
  readonly took: number;
}

function timedCheck(text: string): Checked {
  const start = performance.now();
  const check = checkRulesText(text);
  return { text, check, took: performance.now() - start };
}

/** `published` is the rules file as the site serves it now. */
export function PreviewPage({ published }: { published: string }) {
  const [restored] = useState<Draft | null>(() => {
    const draft = loadDraft();
    return draft && draft.text !== published ? draft : null;
  });
  const [initial] = useState(() => restored?.text ?? published);
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState<Checked>(() => timedCheck(initial));
  const [trial, setTrial] = useState<{ readonly answers: AnswerLog; readonly n: number } | null>(null);
  const [comparing, setComparing] = useState(false);
  const [tooBig, setTooBig] = useState(false);
  const editor = useRef<EditorHandle>(null);

  useEffect(() => {
    if (checked.text === text) return;
    const timer = setTimeout(() => setChecked(timedCheck(text)), Math.max(CHECK_DELAY_MS, 2 * checked.took));
    return () => clearTimeout(timer);
  }, [text, checked.text, checked.took]);

  const problems = useMemo(() => ({ text: checked.text, problems: checked.check.problems }), [checked]);
  const analysis = useAnalysis(checked.check.model ? checked.text : null, comparing ? published : null);
  const safety: SafetyCheck | null = !checked.check.model
    ? null
    : analysis.paths && analysis.pathsText === checked.text
      ? { kind: "done", faults: analysis.paths.safety }
      : analysis.failed !== null && analysis.text === checked.text
        ? { kind: "unavailable", reason: analysis.failed }
        : { kind: "walking" };

  const edit = (next: string) => {
    // Kept before anything renders it, so even an edit that crashes the page is not lost.
    setTooBig(keepDraft(next, published) === "too-big");
    setText(next);
  };
  const backToPublished = () => {
    if (!window.confirm("Discard your draft and go back to the published rules?")) return;
    discardDraft();
    editor.current?.setText(published);
    setText(published);
  };
  /** Moves the cursor to what `path` names in the text (a question's id, say). */
  const jumpTo = (path: JsonPath) => {
    const tree = parseTree(text);
    const node = tree && (findNodeAtLocation(tree, [...path, "id"]) ?? findNodeAtLocation(tree, [...path]));
    if (node) editor.current?.select(node.offset, node.type === "string" ? node.length : 1);
  };
  const changeText = (path: JsonPath, value: string) => {
    for (const change of textEdits(text, path, value).reverse()) editor.current?.replace(change.from, change.to, change.insert);
  };

  return (
    <div className="preview">
      <header className="preview-header">
        <h1>Rules preview</h1>
        <p>
          Edits here are not saved to the site. When you're happy, download the file and replace
          <code> rules/{FILE_NAME}</code> (then run <code>npm run rules:check</code>).
        </p>
        <button type="button" className="button" onClick={() => download(text)}>
          Download {FILE_NAME}
        </button>
      </header>
      {text !== published && (
        <p className="preview-draft">
          {tooBig
            ? `This text is over ${DRAFT_MAX_CHARS.toLocaleString("en")} characters, too long to keep as a draft: download it to keep your edits. It is not on the site.`
            : restored && text === restored.text
              ? `This is your draft from ${when(restored.savedAt)}, kept in this browser; it is not on the site.`
              : "Your edits are kept as a draft in this browser; they are not on the site."}{" "}
          <button type="button" className="link-button" onClick={backToPublished}>
            Go back to the published rules
          </button>
        </p>
      )}
      <div className="preview-columns">
        <div className="preview-edit">
          <h2 className="preview-editor__title">rules/{FILE_NAME}</h2>
          <RulesEditor ref={editor} initial={initial} label={`rules/${FILE_NAME}`} checked={problems} onChange={edit} />
          <ProblemList problems={checked.check.problems} safety={safety} onJump={(p) => editor.current?.select(p.offset, p.length)} />
        </div>
        <PreviewBoundary resetKey={checked.text}>
          <CheckedPreview model={checked.check.model} trial={trial} onChangeText={changeText} />
        </PreviewBoundary>
      </div>
      <PreviewBoundary resetKey={`${checked.text}\u0000analysis`}>
        <div className="preview-analysis">
          <QuizMap analysis={analysis} onJump={jumpTo} />
          <PathExplorer model={checked.check.model} analysis={analysis} onTry={(answers) => setTrial((t) => ({ answers, n: (t?.n ?? 0) + 1 }))} />
          <ComparePanel model={checked.check.model} published={published} analysis={analysis} comparing={comparing} onCompare={setComparing} />
        </div>
      </PreviewBoundary>
    </div>
  );
}
