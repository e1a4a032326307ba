/**
 * Checks what a schema cannot: that ids are unique and every reference points at
 * something real, that red flags end in an urgent outcome, that the question graph
 * has no cycles, and that everything can be reached. Linear in the size of the
 * rules (no path enumeration), so it stays fast on very large files.
 */
import type { Problem, JsonPath } from "./problems.ts";
import { type Condition, RESULT, type Rules } from "./schema.ts";

interface Ctx {
  readonly problems: Problem[];
  readonly rules: Rules;
  readonly questionIds: ReadonlySet<string>;
  readonly careIds: ReadonlySet<string>;
  readonly urgentIds: ReadonlySet<string>;
}

const error = (ctx: Ctx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "error" });
const warn = (ctx: Ctx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "warning" });

function checkUnique(ctx: Ctx, ids: readonly string[], path: (i: number) => JsonPath, what: string) {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else error(ctx, path(i), `${what} id "${id}" is used twice (first at index ${earlier}). Ids must be unique.`);
  });
}

function checkTarget(ctx: Ctx, target: string, path: JsonPath) {
  if (target === RESULT || ctx.questionIds.has(target) || ctx.careIds.has(target) || ctx.urgentIds.has(target)) return;
  error(ctx, path, `"${target}" is not a question id, an outcome id, or "result".`);
}

function checkCondition(ctx: Ctx, c: Condition, path: JsonPath) {
  if ("all" in c) c.all.forEach((x, i) => checkCondition(ctx, x, [...path, "all", i]));
  else if ("any" in c) c.any.forEach((x, i) => checkCondition(ctx, x, [...path, "any", i]));
  else if ("not" in c) checkCondition(ctx, c.not, [...path, "not"]);
  else if ("score" in c) {
    if (!(ctx.rules.scores ?? []).some((s) => s.id === c.score)) {
      error(ctx, [...path, "score"], `"${c.score}" is not a score id (see "scores").`);
    }
  } else {
    const question = ctx.rules.questions.find((q) => q.id === c.question);
    const option = "equals" in c ? c.equals : c.includes;
    if (!question) error(ctx, [...path, "question"], `"${c.question}" is not a question id.`);
    else if (!question.options.some((o) => o.id === option)) {
      error(ctx, [...path, "equals" in c ? "equals" : "includes"], `"${option}" is not an option of question "${c.question}".`);
    }
  }
}

function checkPoints(ctx: Ctx, points: Record<string, number> | undefined, path: JsonPath) {
  for (const id of Object.keys(points ?? {})) {
    if (!ctx.careIds.has(id)) error(ctx, [...path, id], `"${id}" is not a care outcome id; points only count toward care outcomes.`);
  }
}

interface Edge {
  readonly to: string;
  /** Where the edge is written, so a loop can be reported at the link that closes it. */
  readonly path: JsonPath;
}

/** Edges of the question graph: question → every place it can lead. */
function edgesOf(rules: Rules): Map<string, Edge[]> {
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

/** Reports one cycle per strongly connected loop, iteratively (deep graphs must not overflow the stack). */
/**
 * Which link of a loop to blame: the first one pointing back up the file. Staff
 * list questions in roughly the order visitors meet them, so that is most likely
 * the link they just edited.
 */
function backwardLink(loop: readonly string[], edges: Map<string, Edge[]>, order: ReadonlyMap<string, number>): JsonPath {
  const links = loop.slice(1).map((to, i) => ({ from: loop[i]!, to }));
  const back = links.find(({ from, to }) => (order.get(to) ?? 0) <= (order.get(from) ?? 0)) ?? links[0]!;
  return edges.get(back.from)?.find((e) => e.to === back.to)?.path ?? [];
}

function checkCycles(ctx: Ctx, edges: Map<string, Edge[]>) {
  const state = new Map<string, "open" | "done">();
  const order = new Map(ctx.rules.questions.map((q, i) => [q.id, i]));
  const reported = new Set<string>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, "done");
        stack.pop();
        continue;
      }
      const { to } = targets[top.next++]!;
      if (!edges.has(to)) continue;
      if (state.get(to) === "open") {
        const loop = [...stack.slice(stack.findIndex((f) => f.id === to)).map((f) => f.id), to];
        const at = backwardLink(loop, edges, order);
        const key = at.join("/");
        if (reported.has(key)) continue;
        reported.add(key);
        error(ctx, at, `This leads back to an earlier question, so a visitor could go round in a loop: ${loop.join(" → ")}.`);
      } else if (!state.has(to)) {
        state.set(to, "open");
        stack.push({ id: to, next: 0 });
      }
    }
  }
}

function checkReachable(ctx: Ctx, edges: Map<string, Edge[]>) {
  const seen = new Set<string>();
  const queue = [ctx.rules.start];
  let decides = false;
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (id === RESULT) decides = true;
    for (const edge of edges.get(id) ?? []) queue.push(edge.to);
  }
  ctx.rules.questions.forEach((q, i) => {
    if (!seen.has(q.id)) warn(ctx, ["questions", i], `Question "${q.id}" can never be reached: nothing leads to it.`);
  });
  ctx.rules.outcomes.forEach((o, i) => {
    const viaPoints = decides && o.kind === "care";
    if (!seen.has(o.id) && !viaPoints) warn(ctx, ["outcomes", i], `Outcome "${o.id}" can never be reached.`);
  });
}

export function checkLogic(rules: Rules): Problem[] {
  const ctx: Ctx = {
    problems: [],
    rules,
    questionIds: new Set(rules.questions.map((q) => q.id)),
    careIds: new Set(rules.outcomes.filter((o) => o.kind === "care").map((o) => o.id)),
    urgentIds: new Set(rules.outcomes.filter((o) => o.kind === "urgent").map((o) => o.id)),
  };
  checkUnique(ctx, [...rules.questions.map((q) => q.id), ...rules.outcomes.map((o) => o.id)], (i) =>
    i < rules.questions.length ? ["questions", i, "id"] : ["outcomes", i - rules.questions.length, "id"], "Question or outcome");
  checkUnique(ctx, (rules.scores ?? []).map((s) => s.id), (i) => ["scores", i, "id"], "Score");
  if (ctx.questionIds.has(RESULT) || ctx.careIds.has(RESULT) || ctx.urgentIds.has(RESULT)) {
    error(ctx, [], `"${RESULT}" is reserved for "decide from points"; give that question or outcome another id.`);
  }
  if (!ctx.questionIds.has(rules.start)) error(ctx, ["start"], `"${rules.start}" is not a question id.`);

  rules.questions.forEach((q, qi) => {
    const at: JsonPath = ["questions", qi];
    checkUnique(ctx, q.options.map((o) => o.id), (i) => [...at, "options", i, "id"], "Option");
    checkTarget(ctx, q.next, [...at, "next"]);
    q.branches?.forEach((b, bi) => {
      checkTarget(ctx, b.goTo, [...at, "branches", bi, "goTo"]);
      checkCondition(ctx, b.when, [...at, "branches", bi, "when"]);
    });
    if (q.type === "single" && q.options.some((o) => o.exclusive)) {
      warn(ctx, [...at, "type"], `"exclusive" only matters for multiple-choice questions.`);
    }
    q.options.forEach((o, oi) => {
      const op: JsonPath = [...at, "options", oi];
      checkPoints(ctx, o.points, [...op, "points"]);
      for (const s of Object.keys(o.scores ?? {})) {
        if (!(rules.scores ?? []).some((d) => d.id === s)) error(ctx, [...op, "scores", s], `"${s}" is not a score id (see "scores").`);
      }
      if (o.redFlag !== undefined && !ctx.urgentIds.has(o.redFlag)) {
        error(ctx, [...op, "redFlag"], `A red flag must lead to an urgent outcome, but "${o.redFlag}" is ${
          ctx.questionIds.has(o.redFlag) ? "a question" : ctx.careIds.has(o.redFlag) ? "a care outcome" : "not an outcome id"
        }.`);
      }
    });
  });

  const careOrder = rules.decision.tieBreak;
  careOrder.forEach((id, i) => {
    if (!ctx.careIds.has(id)) error(ctx, ["decision", "tieBreak", i], `"${id}" is not a care outcome id.`);
  });
  for (const id of ctx.careIds) {
    if (!careOrder.includes(id)) error(ctx, ["decision", "tieBreak"], `Care outcome "${id}" is missing: list every care outcome.`);
  }
  rules.decision.adjustments?.forEach((a, i) => {
    checkCondition(ctx, a.when, ["decision", "adjustments", i, "when"]);
    checkPoints(ctx, a.points, ["decision", "adjustments", i, "points"]);
  });
  rules.decision.secondary?.forEach((s, i) => {
    if (s.when) checkCondition(ctx, s.when, ["decision", "secondary", i, "when"]);
    for (const key of ["primary", "secondary"] as const) {
      if (!ctx.careIds.has(s[key])) error(ctx, ["decision", "secondary", i, key], `"${s[key]}" is not a care outcome id.`);
    }
  });
  rules.outcomes.forEach((o, i) => {
    if (o.kind === "care" && o.action) warn(ctx, ["outcomes", i, "action"], `"action" is only shown on urgent outcomes.`);
  });

  const edges = edgesOf(rules);
  checkCycles(ctx, edges);
  checkReachable(ctx, edges);
  return ctx.problems;
}
