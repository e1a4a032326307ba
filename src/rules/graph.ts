/**
 * The question graph of a rules file: which question leads where, loops, what can be
 * reached, and the longest path. Linear in the size of the graph (iterative DFS, one
 * topological order), so very large files check quickly and deep ones can't overflow the stack.
 */
import type { JsonPath, Problem } from "./problems.ts";
import { RESULT } from "./result-target.ts";
import type { Rules } from "./schema.ts";

export interface GraphCtx {
  readonly problems: Problem[];
  readonly rules: Rules;
}

const error = (ctx: GraphCtx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "error" });
const warn = (ctx: GraphCtx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "warning" });

export interface Edge {
  readonly to: string;
  /** Where the link is written, so problems point at the exact line. */
  readonly path: JsonPath;
}

export function edgesOf(rules: Rules): Map<string, Edge[]> {
  return new Map(
    rules.questions.map((q, qi) => [
      q.id,
      [
        ...(q.branches ?? []).map((b, bi) => ({ to: b.goTo, path: ["questions", qi, "branches", bi, "goTo"] })),
        { to: q.next, path: ["questions", qi, "next"] },
        ...q.options.flatMap((o, oi) => (o.redFlag ? [{ to: o.redFlag, path: ["questions", qi, "options", oi, "redFlag"] }] : [])),
      ],
    ]),
  );
}

/**
 * Which link of a loop to blame: the first one pointing back up the file. Staff
 * list questions in roughly the order visitors meet them, so that is most likely
 * the link they just edited.
 */
function backwardLink(loop: readonly string[], edges: Map<string, Edge[]>, order: ReadonlyMap<string, number>): JsonPath {
  const links = loop.slice(1).map((to, i) => ({ from: loop[i]!, to }));
  // A loop can't keep going down the file, so one link always points back up (or at itself).
  const back = links.find(({ from, to }) => order.get(to)! <= order.get(from)!)!;
  return edges.get(back.from)!.find((e) => e.to === back.to)!.path;
}

/**
 * Depth-first search from the start (iterative: deep files must not overflow the
 * stack). Reports loops, and returns the questions in topological order when
 * there are none. Every question is a root too, so loops nothing leads to are found.
 */
export function walkGraph(ctx: GraphCtx, edges: Map<string, Edge[]>): string[] | null {
  const open = new Set<string>(); // on the current path
  const seen = new Set<string>(); // open or finished
  const order = new Map(ctx.rules.questions.map((q, i) => [q.id, i]));
  const reported = new Set<string>();
  const finished: string[] = [];
  const enter = (id: string) => {
    open.add(id);
    seen.add(id);
    return { id, next: 0 };
  };
  for (const root of [ctx.rules.start, ...ctx.rules.questions.map((q) => q.id)]) {
    if (seen.has(root) || !edges.has(root)) continue;
    const stack = [enter(root)];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.id)!;
      if (top.next >= targets.length) {
        open.delete(top.id);
        finished.push(top.id);
        stack.pop();
        continue;
      }
      const { to } = targets[top.next++]!;
      if (!edges.has(to)) continue; // an outcome or "result"
      if (open.has(to)) {
        const loop = [...stack.slice(stack.findIndex((f) => f.id === to)).map((f) => f.id), to];
        const at = backwardLink(loop, edges, order);
        // Two loops can share the link to blame: say it once.
        // Stryker disable next-line StringLiteral: equivalent, a link's path alternates names and numbers, so no two run together the same.
        const key = at.join("/");
        if (reported.has(key)) continue;
        reported.add(key);
        error(ctx, at, `This leads back to an earlier question, so a visitor could go round in a loop: ${loop.join(" → ")}.`);
      } else if (!seen.has(to)) {
        stack.push(enter(to));
      }
    }
  }
  return reported.size > 0 ? null : finished.reverse();
}

export function checkReachable(ctx: GraphCtx, edges: Map<string, Edge[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [ctx.rules.start];
  let decides = false;
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (id === RESULT) decides = true;
    edges.get(id)?.forEach((edge) => queue.push(edge.to)); // outcomes and "result" lead nowhere
  }
  ctx.rules.questions.forEach((q, i) => {
    if (!seen.has(q.id)) warn(ctx, ["questions", i, "id"], `Question "${q.id}" can never be reached: no question leads to it.`);
  });
  ctx.rules.outcomes.forEach((o, i) => {
    const viaPoints = decides && o.kind === "care";
    if (!seen.has(o.id) && !viaPoints) warn(ctx, ["outcomes", i, "id"], `Outcome "${o.id}" can never be reached: nothing leads to it.`);
  });
  return seen;
}

/** Longest path (in questions) from the start, by dynamic programming over the topological order. */
export function checkPathLength(ctx: GraphCtx, edges: Map<string, Edge[]>, topo: readonly string[], limit: number) {
  const longest = new Map<string, number>();
  for (const id of [...topo].reverse()) {
    const after = edges.get(id)!.map((e) => longest.get(e.to) ?? 0);
    longest.set(id, 1 + Math.max(0, ...after));
  }
  const length = longest.get(ctx.rules.start) ?? 0;
  if (length > limit) {
    warn(ctx, ["start"], `Some visitors could be asked ${length} questions, more than the limit of ${limit}. Shorter quizzes get finished.`);
  }
}
