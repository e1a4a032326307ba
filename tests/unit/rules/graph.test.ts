/**
 * The question graph (src/rules/graph.ts) on small hand-drawn quizzes: which links it
 * sees and where each is written, the order it finds, the loops it blames (once each,
 * at the link staff most likely just edited), and what nothing leads to.
 */
import { describe, expect, it } from "vitest";
import { checkPathLength, checkReachable, edgesOf, walkGraph, type GraphCtx } from "../../../src/rules/graph.ts";
import { formatProblem, type Problem } from "../../../src/rules/problems.ts";
import type { Question, Rules } from "../../../src/rules/schema.ts";
import { tinyRules } from "../fixtures.ts";

interface Drawn {
  readonly next: string;
  /** Branch targets, in order. */
  readonly branches?: readonly string[];
  /** Red-flag targets, one option each. */
  readonly flags?: readonly string[];
}

/** A quiz of the questions drawn, in that order in the file; the outcomes are tinyRules' (urgent, alpha, beta). */
function quiz(start: string, drawn: Record<string, Drawn>): GraphCtx & { problems: Problem[] } {
  const rules: Rules = { ...tinyRules(), start };
  rules.questions = Object.entries(drawn).map(([id, d]): Question => ({
    id, type: "single", text: `${id}?`,
    options: [{ id: "x", label: "X" }, ...(d.flags ?? []).map((to, i) => ({ id: `flag${i}`, label: "Flag", redFlag: to }))],
    ...(d.branches ? { branches: d.branches.map((goTo) => ({ when: { question: id, equals: "x" }, goTo })) } : {}),
    next: d.next,
  }));
  return { rules, problems: [] };
}

const walk = (ctx: GraphCtx) => walkGraph(ctx, edgesOf(ctx.rules));
const said = (ctx: GraphCtx) => ctx.problems.map(formatProblem);

describe("the links of a question", () => {
  it("are its branches in order, then its next, then its red flags, each with where it is written", () => {
    const ctx = quiz("a", { z: { next: "result" }, a: { next: "b", branches: ["alpha", "z"], flags: ["urgent"] }, b: { next: "result" } });
    expect(edgesOf(ctx.rules).get("a")).toEqual([
      { to: "alpha", path: ["questions", 1, "branches", 0, "goTo"] },
      { to: "z", path: ["questions", 1, "branches", 1, "goTo"] },
      { to: "b", path: ["questions", 1, "next"] },
      { to: "urgent", path: ["questions", 1, "options", 1, "redFlag"] },
    ]);
    expect(edgesOf(ctx.rules).get("b")).toEqual([{ to: "result", path: ["questions", 2, "next"] }]);
  });
});

describe("the walk", () => {
  it("returns every question once, each before those it leads to, even where two paths meet", () => {
    const ctx = quiz("a", { d: { next: "result" }, c: { next: "d" }, b: { next: "d" }, a: { next: "c", branches: ["b"] } });
    expect(walk(ctx)).toEqual(["a", "c", "b", "d"]);
    expect(ctx.problems).toEqual([]);
  });

  it("includes questions nothing leads to, and starts from the start", () => {
    const ctx = quiz("b", { a: { next: "b" }, b: { next: "result" } });
    expect(walk(ctx)).toEqual(["a", "b"]);
    expect(walk(quiz("b", { a: { next: "result" }, b: { next: "result" } }))).toEqual(["a", "b"]);
    expect(walk(quiz("a", { a: { next: "result" }, b: { next: "result" } }))).toEqual(["b", "a"]);
  });

  it("skips a start that isn't a question (reported elsewhere)", () => {
    expect(walk(quiz("nowhere", { a: { next: "result" } }))).toEqual(["a"]);
  });

  it("blames the first link of a loop that points back up the file, naming only the loop's questions", () => {
    const ctx = quiz("a", { a: { next: "b" }, b: { next: "c" }, c: { next: "d" }, d: { next: "b" } });
    expect(walk(ctx)).toBeNull();
    expect(said(ctx)).toEqual([
      "error: questions[3].next: This leads back to an earlier question, so a visitor could go round in a loop: b → c → d → b.",
    ]);
  });

  it("blames a link by where it is written, not the first link of its question", () => {
    const branch = quiz("a", { a: { next: "b" }, b: { next: "result", branches: ["alpha", "a"] } });
    walk(branch);
    expect(said(branch)).toEqual(["error: questions[1].branches[1].goTo: This leads back to an earlier question, so a visitor could go round in a loop: a → b → a."]);
    const next = quiz("a", { a: { next: "b" }, b: { next: "a", branches: ["result"] } });
    walk(next);
    expect(said(next)).toEqual(["error: questions[1].next: This leads back to an earlier question, so a visitor could go round in a loop: a → b → a."]);
  });

  it("blames a question that leads to itself", () => {
    const ctx = quiz("a", { a: { next: "a" } });
    expect(walk(ctx)).toBeNull();
    expect(said(ctx)).toEqual(["error: questions[0].next: This leads back to an earlier question, so a visitor could go round in a loop: a → a."]);
  });

  it("blames a link down the file when the walk met the questions out of file order", () => {
    // File order b, a; the walk goes a → b. The link up the file is a → b.
    const ctx = quiz("a", { b: { next: "a" }, a: { next: "b" } });
    walk(ctx);
    expect(said(ctx)).toEqual(["error: questions[1].next: This leads back to an earlier question, so a visitor could go round in a loop: a → b → a."]);
  });

  it("says once a link two loops share", () => {
    // File order s, b, c, d; the walk goes s → c → b. Both loops (c → b → c and s → c → b → d → s)
    // first point back up the file at c → b.
    const ctx = quiz("s", { s: { next: "c" }, b: { next: "d", branches: ["c"] }, c: { next: "b" }, d: { next: "s" } });
    expect(walk(ctx)).toBeNull();
    expect(said(ctx)).toEqual(["error: questions[2].next: This leads back to an earlier question, so a visitor could go round in a loop: c → b → c."]);
  });

  it("finds loops nothing leads to, and doesn't call a finished question a loop", () => {
    const orphans = quiz("a", { a: { next: "result" }, b: { next: "c" }, c: { next: "b" } });
    expect(walk(orphans)).toBeNull();
    expect(said(orphans)).toEqual(["error: questions[2].next: This leads back to an earlier question, so a visitor could go round in a loop: b → c → b."]);
    const diamond = quiz("a", { a: { next: "c", branches: ["b"] }, b: { next: "c" }, c: { next: "result" } });
    expect(walk(diamond)).toEqual(["a", "b", "c"]);
    expect(diamond.problems).toEqual([]);
  });
});

describe("what nothing leads to", () => {
  const reach = (ctx: GraphCtx) => checkReachable(ctx, edgesOf(ctx.rules));

  it("is every question and outcome the start never reaches", () => {
    const ctx = quiz("a", { a: { next: "alpha", flags: ["urgent"] }, b: { next: "beta" } });
    expect([...reach(ctx)].sort()).toEqual(["a", "alpha", "urgent"]);
    expect(said(ctx)).toEqual([
      'warning: questions[1].id: Question "b" can never be reached: no question leads to it.',
      'warning: outcomes[2].id: Outcome "beta" can never be reached: nothing leads to it.',
    ]);
  });

  it("leaves out care outcomes when a path ends in \"result\" (points may choose them), but not urgent ones", () => {
    const ctx = quiz("a", { a: { next: "b" }, b: { next: "result" } });
    expect(reach(ctx).has("result")).toBe(true);
    expect(said(ctx)).toEqual(['warning: outcomes[0].id: Outcome "urgent" can never be reached: nothing leads to it.']);
  });
});

describe("the longest path", () => {
  const longest = (ctx: GraphCtx, limit: number) => checkPathLength(ctx, edgesOf(ctx.rules), walk(ctx)!, limit);

  it("counts the questions of the longest way from the start, whichever link it takes", () => {
    const drawn = { a: { next: "c", branches: ["b"] }, b: { next: "c", flags: ["urgent"] }, c: { next: "result" }, d: { next: "a" } };
    const at = (limit: number) => {
      const ctx = quiz("a", drawn);
      longest(ctx, limit);
      return said(ctx);
    };
    expect(at(3)).toEqual([]);
    expect(at(2)).toEqual(["warning: start: Some visitors could be asked 3 questions, more than the limit of 2. Shorter quizzes get finished."]);
  });
});
