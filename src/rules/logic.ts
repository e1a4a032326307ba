/**
 * Checks what a schema cannot: unique ids, references that point at something
 * real, red flags that end in an urgent outcome, no loops, nothing unreachable,
 * conditions that can be true, options that do something, and a path-length limit.
 * Everything here is linear in the size of the rules (maps, and the graph walks in
 * graph.ts; no path enumeration), so a 10,000-question file checks in well under a second.
 */
import { foldCondition, namedOptions, optionOf } from "./conditions-walk.ts";
import { checkCoverage } from "./coverage-check.ts";
import { checkPathLength, checkReachable, edgesOf, walkGraph } from "./graph.ts";
import type { JsonPath, Problem } from "./problems.ts";
import { RESULT } from "./result-target.ts";
import { checkReviews } from "./review-check.ts";
import type { Condition, Question, Rules } from "./schema.ts";
import { didYouMean } from "./suggest.ts";

export interface LogicOptions {
  /** Warn when some path asks more questions than this. */
  readonly maxPathLength?: number;
  /** The day clinical reviews are dated against (default: now). */
  readonly today?: Date;
  /** Leave out the clinical-review reminders: they are for staff, not for a visitor's console. */
  readonly skipReviews?: boolean;
}

const DEFAULT_MAX_PATH_LENGTH = 15;

interface Ctx {
  readonly problems: Problem[];
  readonly rules: Rules;
  readonly questions: ReadonlyMap<string, Question>;
  readonly careIds: ReadonlySet<string>;
  readonly urgentIds: ReadonlySet<string>;
  readonly scoreIds: ReadonlySet<string>;
}

const error = (ctx: Ctx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "error" });
const warn = (ctx: Ctx, path: JsonPath, message: string) => ctx.problems.push({ path, message, severity: "warning" });

const allTargets = (ctx: Ctx) => [...ctx.questions.keys(), ...ctx.careIds, ...ctx.urgentIds, RESULT];

function checkUnique(ctx: Ctx, ids: readonly string[], path: (i: number) => JsonPath, what: string) {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else error(ctx, path(i), `${what} id "${id}" is used twice (first at index ${earlier}). Ids must be unique.`);
  });
}

function checkTarget(ctx: Ctx, target: string, path: JsonPath) {
  if (target === RESULT || ctx.questions.has(target) || ctx.careIds.has(target) || ctx.urgentIds.has(target)) return;
  error(ctx, path, `"${target}" is not a question id, an outcome id, or "result"${didYouMean(target, allTargets(ctx))}`);
}

/**
 * `askedBefore(q)` says whether question q can have been answered by the time the
 * condition is evaluated; a condition on a question that can't be is never true.
 */
function checkCondition(ctx: Ctx, condition: Condition, path: JsonPath, askedBefore: (q: string) => boolean) {
  foldCondition<JsonPath, void>(condition, path, {
    all: (c, at, inner) => {
      c.all.forEach((x, i) => inner(x, [...at, "all", i]));
      const equals = new Map<string, string>();
      for (const x of c.all) {
        if (!("equals" in x)) continue;
        const other = equals.get(x.question);
        if (other !== undefined && other !== x.equals) {
          warn(ctx, at, `This can never be true: one answer to "${x.question}" can't equal both "${other}" and "${x.equals}". Did you mean "any"?`);
        }
        equals.set(x.question, x.equals);
      }
    },
    any: (c, at, inner) => c.any.forEach((x, i) => inner(x, [...at, "any", i])),
    not: (c, at, inner) => inner(c.not, [...at, "not"]),
    score: (c, at) => {
      if (!ctx.scoreIds.has(c.score)) {
        error(ctx, [...at, "score"], `"${c.score}" is not a score id (see "scores")${didYouMean(c.score, ctx.scoreIds)}`);
      }
      // A missing bound is no bound.
      if ((c.atLeast ?? -Infinity) > (c.atMost ?? Infinity)) {
        warn(ctx, at, `This can never be true: "atLeast" (${c.atLeast}) is more than "atMost" (${c.atMost}).`);
      }
    },
    question: (c, at) => {
      const question = ctx.questions.get(c.question);
      const key = "equals" in c ? "equals" : "includes";
      const option = optionOf(c);
      if (!question) {
        error(ctx, [...at, "question"], `"${c.question}" is not a question id${didYouMean(c.question, ctx.questions.keys())}`);
      } else if (!question.options.some((o) => o.id === option)) {
        error(ctx, [...at, key], `"${option}" is not an option of question "${c.question}"${didYouMean(option, question.options.map((o) => o.id))}`);
      } else if (!askedBefore(c.question)) {
        warn(ctx, [...at, "question"], `This can never be true: "${c.question}" is never asked before this point.`);
      }
    },
  });
}

function checkPoints(ctx: Ctx, points: Record<string, number> | undefined, path: JsonPath) {
  for (const id of Object.keys(points ?? {})) {
    if (!ctx.careIds.has(id)) {
      error(ctx, [...path, id], `"${id}" is not a care outcome id; points only count toward care outcomes${didYouMean(id, ctx.careIds)}`);
    }
  }
}

/**
 * A question none of whose answers does anything is a mistake; a single neutral
 * answer ("No preference") is not. An answer that counts toward an outcome needs a
 * reason, or the result could not say why it was chosen.
 */
function checkOptionEffects(ctx: Ctx, mentioned: ReadonlySet<string>) {
  ctx.rules.questions.forEach((q, qi) => {
    q.options.forEach((o, oi) => {
      const counts = Object.values(o.points ?? {}).some((n) => n > 0);
      if (counts && o.reason === undefined) {
        warn(ctx, ["questions", qi, "options", oi],
          `Option "${o.id}" counts toward a result but has no "reason", so the result can't tell the visitor why. Add a "reason".`);
      }
    });
    if (q.options.some((o) => mentioned.has(`${q.id}/${o.id}`))) return;
    const hasEffect = (o: Question["options"][number]) =>
      Object.values(o.points ?? {}).some((n) => n !== 0) || o.scores !== undefined || o.redFlag !== undefined ||
      o.clearance === true || o.reason !== undefined;
    if (!q.options.some(hasEffect)) {
      warn(ctx, ["questions", qi, "id"],
        `No answer to question "${q.id}" changes anything: no points, scores, flags or reasons, and no condition mentions it.`);
    }
  });
}

export function checkLogic(rules: Rules, options: LogicOptions = {}): Problem[] {
  const ctx: Ctx = {
    problems: [],
    rules,
    questions: new Map(rules.questions.map((q) => [q.id, q])),
    careIds: new Set(rules.outcomes.filter((o) => o.kind === "care").map((o) => o.id)),
    urgentIds: new Set(rules.outcomes.filter((o) => o.kind === "urgent").map((o) => o.id)),
    scoreIds: new Set(rules.scores?.map((s) => s.id)),
  };
  checkUnique(ctx, [...rules.questions.map((q) => q.id), ...rules.outcomes.map((o) => o.id)], (i) =>
    i < rules.questions.length ? ["questions", i, "id"] : ["outcomes", i - rules.questions.length, "id"], "Question or outcome");
  if (rules.scores) checkUnique(ctx, rules.scores.map((s) => s.id), (i) => ["scores", i, "id"], "Score");
  if (ctx.questions.has(RESULT) || ctx.careIds.has(RESULT) || ctx.urgentIds.has(RESULT)) {
    error(ctx, [], `"${RESULT}" is reserved for "decide from points"; give that question or outcome another id.`);
  }
  if (!ctx.questions.has(rules.start)) {
    error(ctx, ["start"], `"${rules.start}" is not a question id${didYouMean(rules.start, ctx.questions.keys())}`);
  }
  if (ctx.careIds.size === 0) error(ctx, ["outcomes"], `There is no care outcome ("kind": "care") to recommend.`);

  const edges = edgesOf(rules);
  const topo = walkGraph(ctx, edges);
  // With no valid start everything would be "unreachable": say the cause once, not every symptom.
  const reached = ctx.questions.has(rules.start) ? checkReachable(ctx, edges) : new Set(ctx.questions.keys());
  // Rank in a topological order: a question is answered before those after it (its branches read
  // its own answer too). Rules that loop have no ranks; there every question counts as asked before.
  const rank = new Map(topo?.map((id, i) => [id, i]));
  // Unreachable questions are reported once, not again through the conditions that mention them.
  const before = (self: string) => (q: string) =>
    !reached.has(self) || !reached.has(q) || (rank.get(q) ?? 0) <= (rank.get(self) ?? 0);
  // Adjustments and secondary rules run at the result, when any reachable question may have been asked.
  const atResult = () => true;
  const mentioned = new Set<string>();

  rules.questions.forEach((q, qi) => {
    const at: JsonPath = ["questions", qi];
    checkUnique(ctx, q.options.map((o) => o.id), (i) => [...at, "options", i, "id"], "Option");
    checkTarget(ctx, q.next, [...at, "next"]);
    q.branches?.forEach((b, bi) => {
      checkTarget(ctx, b.goTo, [...at, "branches", bi, "goTo"]);
      checkCondition(ctx, b.when, [...at, "branches", bi, "when"], before(q.id));
      namedOptions(b.when, mentioned);
    });
    if (q.type === "single" && q.options.some((o) => o.exclusive)) {
      warn(ctx, [...at, "type"], `"exclusive" only matters for multiple-choice questions ("type": "multiple").`);
    }
    q.options.forEach((o, oi) => {
      const op: JsonPath = [...at, "options", oi];
      checkPoints(ctx, o.points, [...op, "points"]);
      for (const s of Object.keys(o.scores ?? {})) {
        if (!ctx.scoreIds.has(s)) error(ctx, [...op, "scores", s], `"${s}" is not a score id (see "scores")${didYouMean(s, ctx.scoreIds)}`);
      }
      if (o.redFlag !== undefined && !ctx.urgentIds.has(o.redFlag)) {
        const what = ctx.questions.has(o.redFlag) ? "a question" : ctx.careIds.has(o.redFlag) ? "a care outcome" : "not an outcome id";
        error(ctx, [...op, "redFlag"],
          `A red flag must lead to an urgent outcome, but "${o.redFlag}" is ${what}. Use one of: ${[...ctx.urgentIds].map((u) => `"${u}"`).join(", ") || "(add an outcome with \"kind\": \"urgent\")"}.`);
      }
    });
  });

  const decision = rules.decision ?? {};
  decision.tieBreak?.forEach((id, i) => {
    if (!ctx.careIds.has(id)) error(ctx, ["decision", "tieBreak", i], `"${id}" is not a care outcome id${didYouMean(id, ctx.careIds)}`);
  });
  const { tieBreak } = decision;
  if (tieBreak) {
    for (const id of ctx.careIds) {
      if (!tieBreak.includes(id)) error(ctx, ["decision", "tieBreak"], `Care outcome "${id}" is missing: list every care outcome.`);
    }
  }
  decision.outcomeRules?.forEach((r, i) => {
    checkCondition(ctx, r.when, ["decision", "outcomeRules", i, "when"], atResult);
    namedOptions(r.when, mentioned);
    if (!ctx.careIds.has(r.outcome) && !ctx.urgentIds.has(r.outcome)) {
      error(ctx, ["decision", "outcomeRules", i, "outcome"], `"${r.outcome}" is not an outcome id${didYouMean(r.outcome, [...ctx.careIds, ...ctx.urgentIds])}`);
    }
  });
  decision.adjustments?.forEach((a, i) => {
    checkCondition(ctx, a.when, ["decision", "adjustments", i, "when"], atResult);
    checkPoints(ctx, a.points, ["decision", "adjustments", i, "points"]);
    namedOptions(a.when, mentioned);
  });
  decision.secondary?.forEach((s, i) => {
    if (s.when) {
      checkCondition(ctx, s.when, ["decision", "secondary", i, "when"], atResult);
      namedOptions(s.when, mentioned);
    }
    for (const key of ["primary", "secondary"] as const) {
      if (!ctx.careIds.has(s[key])) error(ctx, ["decision", "secondary", i, key], `"${s[key]}" is not a care outcome id${didYouMean(s[key], ctx.careIds)}`);
    }
  });
  if (rules.coverage) {
    checkCoverage(rules.coverage, {
      questions: ctx.questions,
      report: (p) => ctx.problems.push(p),
      checkCondition: (c, path) => {
        checkCondition(ctx, c, path, atResult);
        namedOptions(c, mentioned);
      },
    });
  }
  if (!rules.clearance) {
    rules.questions.forEach((q, qi) => q.options.forEach((o, oi) => {
      if (o.clearance) error(ctx, ["questions", qi, "options", oi, "clearance"], `This answer asks for the "check with your doctor" note, but the file has no "clearance" block to show. Add one.`);
    }));
  }
  rules.outcomes.forEach((o, i) => {
    if (o.kind === "care" && o.action) warn(ctx, ["outcomes", i, "action"], `"action" is only shown on urgent outcomes.`);
    if (o.kind === "urgent" && o.booking) warn(ctx, ["outcomes", i, "booking"], `Urgent outcomes never offer booking; "booking" is ignored here.`);
    if (o.kind === "urgent" && !o.action) {
      error(ctx, ["outcomes", i], `Urgent outcome "${o.id}" has no "action": give visitors the one thing to do now, e.g. { "label": "Call 911", "href": "tel:911" }.`);
    }
  });
  if (!options.skipReviews) checkReviews(rules, options.today ?? new Date(), (p) => ctx.problems.push(p));
  checkOptionEffects(ctx, mentioned);
  if (topo !== null) checkPathLength(ctx, edges, topo, options.maxPathLength ?? DEFAULT_MAX_PATH_LENGTH);
  return ctx.problems;
}
