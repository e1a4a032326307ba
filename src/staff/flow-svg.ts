/**
 * Draws a laid-out quiz (flow-graph.ts) as an SVG element tree, written once and used
 * twice: serialised to a file by `npm run rules:graph`, and turned into React elements by
 * the staff preview, where each box is also a button that moves the editor's cursor.
 * Colours are presentation attributes, never style attributes (our CSP refuses those).
 */
import type { FlowEdge, FlowLayout, FlowNode, NodeKind } from "./flow-graph.ts";

export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly (SvgElement | string)[];
  /** Set on a node's group: the node it draws (the preview makes it clickable). */
  readonly node?: FlowNode;
}

const el = (tag: string, attrs: SvgElement["attrs"], children: SvgElement["children"] = []): SvgElement => ({ tag, attrs, children });

const FILL: Record<NodeKind, [fill: string, text: string]> = {
  question: ["#ffffff", "#0b0c0c"],
  decide: ["#fff7bf", "#0b0c0c"],
  care: ["#00703c", "#ffffff"],
  urgent: ["#d4351c", "#ffffff"],
};
const RED = "#d4351c";
const GREY = "#505a5f";

const KIND_WORDS: Record<NodeKind, string> = { question: "question", decide: "decision", care: "care outcome", urgent: "urgent outcome" };

function nodeElement(node: FlowNode): SvgElement {
  const [fill, ink] = FILL[node.kind];
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const texts = node.lines.map((line, i) =>
    el("text", { x: node.x, y: top + 18 + i * 15, textAnchor: "middle", fill: ink, fontWeight: i === 0 ? 700 : 400 }, [line]),
  );
  return {
    ...el("g", { className: `flow-node flow-node--${node.kind}` }, [
      el("title", {}, [`${KIND_WORDS[node.kind]} ${node.id}`]),
      el("rect", { x: left, y: top, width: node.width, height: node.height, rx: node.kind === "question" ? 4 : 14, fill, stroke: node.kind === "question" ? "#0b0c0c" : fill, strokeWidth: 1.5 }),
      ...texts,
    ]),
    node,
  };
}

function edgeElements(edge: FlowEdge): SvgElement[] {
  if (edge.points.length === 0) return [];
  const [first, ...rest] = edge.points;
  const d = `M${first!.x},${first!.y} ${rest.map((p) => `L${p.x},${p.y}`).join(" ")}`;
  const colour = edge.kind === "red-flag" ? RED : GREY;
  const line = el("path", {
    d,
    fill: "none",
    stroke: colour,
    strokeWidth: edge.kind === "red-flag" ? 2 : 1.25,
    markerEnd: edge.kind === "red-flag" ? "url(#flow-arrow-red)" : "url(#flow-arrow)",
    ...(edge.kind === "decided" ? { strokeDasharray: "5 4" } : {}),
  });
  if (edge.label === "" || !edge.labelAt) return [line];
  const { x, y } = edge.labelAt;
  const width = edge.label.length * 6 + 8;
  return [
    line,
    el("rect", { x: x - width / 2, y: y - 9, width, height: 16, rx: 3, fill: "#ffffff", opacity: 0.9 }),
    el("text", { x, y: y + 3, textAnchor: "middle", fill: edge.kind === "red-flag" ? RED : "#0b0c0c", fontSize: 11 }, [edge.label]),
  ];
}

const arrow = (id: string, colour: string) =>
  el("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, [
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }),
  ]);

export function flowSvg(layout: FlowLayout, title: string): SvgElement {
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif",
      fontSize: 12,
      role: "img",
    },
    [
      el("title", {}, [title]),
      el("defs", {}, [arrow("flow-arrow", GREY), arrow("flow-arrow-red", RED)]),
      el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: "#ffffff" }),
      ...layout.edges.flatMap(edgeElements),
      ...layout.nodes.map(nodeElement),
    ],
  );
}

/** SVG's own camel-case attribute names; every other camel-case name is written with dashes. */
const CAMEL = new Set(["viewBox", "refX", "refY", "markerWidth", "markerHeight", "preserveAspectRatio"]);
const attrName = (name: string) => (name === "className" ? "class" : CAMEL.has(name) ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function svgText(element: SvgElement | string, indent = ""): string {
  if (typeof element === "string") return escape(element);
  const attrs = Object.entries(element.attrs).map(([k, v]) => ` ${attrName(k)}="${escape(String(v))}"`).join("");
  if (element.children.length === 0) return `${indent}<${element.tag}${attrs}/>`;
  if (element.children.every((c) => typeof c === "string")) return `${indent}<${element.tag}${attrs}>${element.children.map((c) => svgText(c)).join("")}</${element.tag}>`;
  const inner = element.children.map((c) => svgText(c, `${indent}  `)).join("\n");
  return `${indent}<${element.tag}${attrs}>\n${inner}\n${indent}</${element.tag}>`;
}
