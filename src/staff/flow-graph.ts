/**
 * The picture of a quiz as data: questions, the "decide" step and outcomes as nodes;
 * branches (labelled with their condition), defaults and red-flag exits as edges; laid
 * out top to bottom by dagre. Plain data, so the staff preview can compute it in a
 * worker and draw it, and `npm run rules:graph` can write it as an SVG file.
 */
import dagre from "@dagrejs/dagre";
import type { JsonPath } from "../rules/problems.ts";
import { RESULT } from "../rules/result-target.ts";
import type { Condition, Rules } from "../rules/schema.ts";

export type NodeKind = "question" | "decide" | "care" | "urgent";
type EdgeKind = "branch" | "next" | "red-flag" | "decided";

export interface FlowNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly lines: readonly string[];
  /** Where it is written in the rules file (the preview's cursor goes there). */
  readonly path: JsonPath;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly labelAt?: { readonly x: number; readonly y: number };
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

const NODE_WIDTH = 190;
const LINE = 15;
const CHARS_PER_LINE = 28;
const LABEL_CHARS = 34;

/** A condition in a few words: `where = neck`, `reason has pain`, `score total ≥ 4`. */
export function conditionWords(c: Condition): string {
  if ("all" in c) return c.all.map(conditionWords).join(" and ");
  if ("any" in c) return c.any.map(conditionWords).join(" or ");
  if ("not" in c) return `not (${conditionWords(c.not)})`;
  if ("equals" in c) return `${c.question} = ${c.equals}`;
  if ("includes" in c) return `${c.question} has ${c.includes}`;
  const bounds = [c.atLeast !== undefined ? `≥ ${c.atLeast}` : "", c.atMost !== undefined ? `≤ ${c.atMost}` : ""].filter(Boolean);
  return `score ${c.score} ${bounds.join(" and ")}`.trim();
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Word-wrapped into at most three lines. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(clip(word, width));
  }
  return lines.length > 3 ? [...lines.slice(0, 2), clip(`${lines[2]} …`, width)] : lines;
}

interface Link {
  readonly kind: EdgeKind;
  readonly labels: string[];
}

function linksOf(rules: Rules): Map<string, Map<string, Link>> {
  const links = new Map<string, Map<string, Link>>();
  const add = (from: string, to: string, kind: EdgeKind, label: string) => {
    const out = links.get(from) ?? new Map<string, Link>();
    links.set(from, out);
    const existing = out.get(to);
    // One arrow per pair of boxes; a red flag wins the colour, labels are joined.
    if (existing) {
      if (label !== "" && !existing.labels.includes(label)) existing.labels.push(label);
      if (kind === "red-flag" && existing.kind !== "red-flag") out.set(to, { kind, labels: existing.labels });
    } else out.set(to, { kind, labels: label === "" ? [] : [label] });
  };
  for (const q of rules.questions) {
    for (const o of q.options) if (o.redFlag !== undefined) add(q.id, o.redFlag, "red-flag", `red flag: ${o.label}`);
    for (const b of q.branches ?? []) add(q.id, b.goTo, "branch", conditionWords(b.when));
    add(q.id, q.next, "next", (q.branches ?? []).length > 0 ? "otherwise" : "");
  }
  const decided = new Set([
    ...(rules.decision?.outcomeRules ?? []).map((r) => r.outcome),
    ...rules.outcomes.filter((o) => o.kind === "care").map((o) => o.id),
  ]);
  for (const id of decided) add(RESULT, id, "decided", "");
  return links;
}

function edgeLabel(link: Link): string {
  if (link.kind === "red-flag" && link.labels.length > 1) return `${link.labels.length} red-flag answers`;
  return clip(link.labels.join(" or "), LABEL_CHARS);
}

export function layoutFlow(rules: Rules): FlowLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  graph.setGraph({ rankdir: "TB", nodesep: 24, ranksep: 48, edgesep: 12, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  const meta = new Map<string, { kind: NodeKind; lines: string[]; path: JsonPath }>();
  const links = linksOf(rules);
  const usesResult = [...links.values()].some((out) => out.has(RESULT));
  rules.questions.forEach((q, i) => meta.set(q.id, { kind: "question", lines: [q.id, ...wrap(q.text)], path: ["questions", i] }));
  if (usesResult) meta.set(RESULT, { kind: "decide", lines: ["Decide: outcome rules,", "then points"], path: rules.decision ? ["decision"] : ["outcomes"] });
  rules.outcomes.forEach((o, i) => meta.set(o.id, { kind: o.kind, lines: [o.id, ...wrap(o.title)], path: ["outcomes", i] }));
  for (const [id, m] of meta) graph.setNode(id, { width: NODE_WIDTH, height: 14 + m.lines.length * LINE });
  for (const [from, out] of links) {
    if (!meta.has(from)) continue;
    for (const [to, link] of out) {
      if (!meta.has(to)) continue;
      const label = edgeLabel(link);
      graph.setEdge(from, to, label === "" ? { weight: link.kind === "next" ? 2 : 1 } : { width: label.length * 6, height: 14, labelpos: "c", weight: 1 });
    }
  }
  dagre.layout(graph);
  const nodes: FlowNode[] = [...meta].map(([id, m]) => {
    const n = graph.node(id);
    return { id, ...m, x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height };
  });
  const edges: FlowEdge[] = [];
  for (const [from, out] of links) {
    for (const [to, link] of out) {
      if (!meta.has(from) || !meta.has(to)) continue;
      const e = graph.edge(from, to);
      const labelAt = e.x !== undefined && e.y !== undefined ? { x: e.x, y: e.y } : undefined;
      edges.push({ from, to, kind: link.kind, label: edgeLabel(link), points: e.points ?? [], ...(labelAt ? { labelAt } : {}) });
    }
  }
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
