/**
 * What the rules editor is made of: CodeMirror 6 with JSON highlighting, line numbers,
 * search, undo, field-name completion and hover help from the rules' JSON Schema, and a
 * gutter for the checker's problems (pushed in with setDiagnostics by the page, which
 * runs the checker once per pause in typing for the editor, the list and the quiz alike).
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import type { Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import rulesSchema from "../../../rules/care-quiz.schema.json";
import { describeAt, type FieldHelp, type SchemaNode, suggestFields } from "./schema-help.ts";

const schema = rulesSchema as SchemaNode;

function helpText(field: FieldHelp): string {
  const required = field.required ? "Required. " : "";
  return `${required}${field.description || "No description."}`;
}

function fieldCompletion(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const found = suggestFields(schema, text, context.pos);
  if (!found) return null;
  // Without an explicit request, only offer names once a quote or a letter was typed.
  if (!context.explicit && !found.quoted && found.from === context.pos) return null;
  const closed = text[context.pos] === '"';
  const options: Completion[] = found.fields.map((field) => ({
    label: field.name,
    detail: field.kind,
    info: helpText(field),
    type: "property",
    boost: field.required ? 1 : 0,
    apply: found.quoted ? (closed ? field.name : `${field.name}": `) : `"${field.name}": `,
  }));
  return { from: found.from, options, validFor: /^[\w$-]*$/ };
}

const fieldHover = hoverTooltip((view, pos) => {
  const field = describeAt(schema, view.state.doc.toString(), pos);
  if (!field) return null;
  return {
    pos,
    above: true,
    create() {
      // Text nodes only: descriptions are never parsed as HTML.
      const dom = document.createElement("div");
      dom.className = "cf-hover";
      const title = dom.appendChild(document.createElement("strong"));
      title.textContent = `${field.name} (${field.kind})`;
      dom.append(document.createElement("br"), helpText(field));
      return { dom };
    },
  };
});

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "0.9rem", backgroundColor: "#fff", color: "#1a1a1a" },
  "&.cm-focused": { outline: "3px solid #1d70b8" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.45" },
  ".cm-gutters": { backgroundColor: "#f3f2f1", color: "#505a5f", borderRight: "1px solid #b1b4b6" },
  ".cm-tooltip": { maxWidth: "28rem", fontFamily: "system-ui, sans-serif", fontSize: "0.9rem" },
  ".cm-hover, .cf-hover": { padding: "0.4rem 0.6rem" },
  ".cm-tooltip.cm-completionInfo": { padding: "0.4rem 0.6rem", whiteSpace: "normal" },
  ".cm-diagnostic": { fontFamily: "system-ui, sans-serif" },
  // @codemirror/lint draws its underlines and gutter markers as data: SVG images, which our
  // CSP refuses (img-src 'self'): the same marks in plain CSS instead.
  ".cm-lintRange-error, .cm-lintRange-warning, .cm-lintRange-info, .cm-lintRange-hint": {
    backgroundImage: "none",
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationSkipInk: "none",
    textUnderlineOffset: "3px",
  },
  ".cm-lintRange-error": { textDecorationColor: "#d4351c" },
  ".cm-lintRange-warning": { textDecorationColor: "#f47738" },
  ".cm-lintRange-info, .cm-lintRange-hint": { textDecorationColor: "#505a5f" },
  ".cm-lint-marker": { content: "normal", display: "inline-block", width: "0.75em", height: "0.75em", margin: "0.15em", borderRadius: "50%", backgroundColor: "#505a5f" },
  ".cm-lint-marker-error": { content: "normal", backgroundColor: "#d4351c" },
  ".cm-lint-marker-warning": { content: "normal", backgroundColor: "#f47738", borderRadius: "0", clipPath: "polygon(50% 0, 100% 100%, 0 100%)" },
  ".cm-lint-marker-info": { content: "normal" },
});

export function editorExtensions(label: string, onChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    foldGutter(),
    lintGutter(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    json(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    autocompletion({ override: [fieldCompletion], icons: false }),
    fieldHover,
    // Tab is left to the browser, so keyboard users can leave the editor (Escape then Tab in CodeMirror's own keymap too).
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap]),
    EditorView.contentAttributes.of({ "aria-label": label, spellcheck: "false", autocapitalize: "off", autocorrect: "off" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
    theme,
  ];
}
