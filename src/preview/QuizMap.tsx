/**
 * The quiz as a picture (laid out in the analysis worker, drawn by flow-svg.ts): each
 * question and outcome a box, branches labelled, red-flag exits in red. Each box is a
 * button that moves the editor's cursor to where the file writes it.
 */
import { createElement, useId, type KeyboardEvent, type ReactNode } from "react";
import type { JsonPath } from "../rules/problems.ts";
import { flowSvg, type SvgElement } from "../staff/flow-svg.ts";
import type { Analysis } from "./analysis/use-analysis.ts";

function toReact(element: SvgElement | string, onJump: (path: JsonPath) => void, headingId: string, key?: number): ReactNode {
  if (typeof element === "string") return element;
  const children = element.children.map((c, i) => toReact(c, onJump, headingId, i));
  const node = element.node;
  // Drawn as a picture (role img) in the file; here it holds buttons, so it is a group.
  const own = element.tag === "svg" ? { role: "group", "aria-labelledby": headingId } : {};
  if (!node) return createElement(element.tag, { ...element.attrs, ...own, key }, ...children);
  const go = () => onJump(node.path);
  return createElement(
    element.tag,
    {
      ...element.attrs,
      key,
      role: "button",
      tabIndex: 0,
      "aria-label": `${node.lines.join(" ")}: show in the editor`,
      "data-node": node.id,
      onClick: go,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          go();
        }
      },
    },
    ...children,
  );
}

export function QuizMap({ analysis, onJump }: { analysis: Analysis; onJump: (path: JsonPath) => void }) {
  const layout = analysis.layout;
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="preview-panel">
      <h2 id={heading}>Map</h2>
      <p className="preview-hint">
        Questions lead down to outcomes: <span className="flow-key flow-key--care">care</span>{" "}
        <span className="flow-key flow-key--urgent">urgent</span>; red arrows are red-flag answers. Select a box to find it in the editor.
      </p>
      {layout ? (
        <div className="preview-map">{toReact(flowSvg(layout, "Map of the quiz"), onJump, heading)}</div>
      ) : (
        <p>{analysis.failed ?? "Drawing…"}</p>
      )}
    </section>
  );
}
