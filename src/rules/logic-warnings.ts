/**
 * Branching that can't work as written, found without walking every path: a
 * score threshold no visitor can reach, and a branch that is never used because
 * an earlier branch of the same question always applies. Both are decided
 * soundly — a warning here means "never", not "probably never" — so each uses
 * only facts that hold on every path (the range a score can possibly reach, and
 * the answer to the question whose branches are being chosen).
 */
import { type ConditionCases, eachTest, foldCondition } from "./conditions-walk.ts";
import type { JsonPath, Problem } from "./problems.ts";
import type { Condition, Question, Rules } from "./schema.ts";

interface Range { min: number; max: number }

/**
 * The lowest and highest total of each score: every question adds its most
 * extreme answer, or nothing (it may be skipped). A multiple-choice question can
 * add all its positive (or negative) amounts at once, or one "none of these".
 */
function scoreRanges(rules: Rules): ReadonlyMap<string, Range> {
  const ranges = new Map<string, Range>(rules.scores?.map((s) => [s.id, { min: 0, max: 0 }]));
  for (const q of rules.questions) {
    // Answers that can be ticked together add up their gains (or their losses); the others count alone.
    const amounts = new Map<string, { gains: number; losses: number; alone: number[] }>();
    for (const o of q.options) {
      for (const [score, amount] of Object.entries(o.scores ?? {})) {
        const entry = amounts.get(score) ?? { gains: 0, losses: 0, alone: [] };
        if (q.type === "multiple" && !o.exclusive) {
          entry.gains += Math.max(0, amount);
          entry.losses += Math.min(0, amount);
        } else entry.alone.push(amount);
        amounts.set(score, entry);
      }
    }
    for (const [score, { gains, losses, alone }] of amounts) {
      const range = ranges.get(score);
      if (!range) continue;
      range.max += Math.max(0, gains, ...alone);
      range.min += Math.min(0, losses, ...alone);
    }
  }
  return ranges;
}

type Verdict = "always" | "never" | "maybe";
/** Only "always" and "never" are ever looked for: anything else means it depends on the visitor. */
// Stryker disable next-line StringLiteral: equivalent, no verdict is ever compared with "maybe".
const MAYBE: Verdict = "maybe";

interface Facts {
  readonly ranges: ReadonlyMap<string, Range>;
  /** The question whose branches are being chosen: it has just been answered. */
  readonly answered: Question;
}

/**
 * Whether the answered question's own conditions cover every answer it allows
 * (a red-flag answer ends the quiz before any branch, so it counts as covered).
 */
function coversAnswered(conditions: readonly Condition[], facts: Facts): boolean {
  const q = facts.answered;
  const covered = new Set(q.options.filter((o) => o.redFlag !== undefined).map((o) => o.id));
  for (const c of conditions) {
    if (!("question" in c) || c.question !== q.id) continue;
    if ("includes" in c) covered.add(c.includes);
    else if (q.type === "single") covered.add(c.equals);
  }
  return q.options.every((o) => covered.has(o.id));
}

const JUDGE: ConditionCases<Facts, Verdict> = {
  all: (c, facts, inner) => {
    const verdicts = c.all.map((x) => inner(x, facts));
    return verdicts.includes("never") ? "never" : verdicts.every((v) => v === "always") ? "always" : MAYBE;
  },
  any: (c, facts, inner) => {
    const verdicts = c.any.map((x) => inner(x, facts));
    if (verdicts.includes("always") || coversAnswered(c.any, facts)) return "always";
    return verdicts.every((v) => v === "never") ? "never" : MAYBE;
  },
  not: (c, facts, inner) => {
    const verdict = inner(c.not, facts);
    return verdict === "always" ? "never" : verdict === "never" ? "always" : MAYBE;
  },
  question: (c, facts) => (coversAnswered([c], facts) ? "always" : MAYBE),
  score: (c, facts) => {
    const range = facts.ranges.get(c.score);
    if (range === undefined) return MAYBE;
    const low = c.atLeast ?? -Infinity;
    const high = c.atMost ?? Infinity;
    if (low > high || low > range.max || high < range.min) return "never";
    return low <= range.min && high >= range.max ? "always" : MAYBE;
  },
};

export function checkLogicWarnings(rules: Rules): Problem[] {
  const problems: Problem[] = [];
  const warn = (path: JsonPath, message: string) => problems.push({ path, message, severity: "warning" });
  const ranges = scoreRanges(rules);
  const thresholds = (c: Condition, path: JsonPath) =>
    eachTest(c, path, (s, at) => {
      // Stryker disable next-line ConditionalExpression: equivalent, a question test has no score, so the next line finds no range for it either.
      if (!("score" in s)) return;
      const range = ranges.get(s.score);
      // A missing bound is no bound (-Infinity, Infinity); an empty range is the logic check's to report.
      if (range === undefined || (s.atLeast ?? -Infinity) > (s.atMost ?? Infinity)) return;
      if ((s.atLeast ?? -Infinity) > range.max) {
        warn([...at, "atLeast"], `This can never be true: "${s.score}" can reach at most ${range.max} (with every answer that adds to it), and this needs at least ${s.atLeast}.`);
      }
      if ((s.atMost ?? Infinity) < range.min) {
        warn([...at, "atMost"], `This can never be true: "${s.score}" can go no lower than ${range.min}, and this needs at most ${s.atMost}.`);
      }
    });

  rules.questions.forEach((q, qi) => {
    let alwaysAt: number | undefined;
    q.branches?.forEach((b, bi) => {
      thresholds(b.when, ["questions", qi, "branches", bi, "when"]);
      if (alwaysAt !== undefined) {
        warn(["questions", qi, "branches", bi], `This branch is never used: branches[${alwaysAt}] above always applies first, because its condition is true for every visitor who gets here.`);
      } else if (foldCondition(b.when, { ranges, answered: q }, JUDGE) === "always") alwaysAt = bi;
    });
  });
  rules.decision?.outcomeRules?.forEach((r, i) => thresholds(r.when, ["decision", "outcomeRules", i, "when"]));
  rules.decision?.adjustments?.forEach((a, i) => thresholds(a.when, ["decision", "adjustments", i, "when"]));
  rules.decision?.secondary?.forEach((s, i) => s.when && thresholds(s.when, ["decision", "secondary", i, "when"]));
  rules.coverage?.screens.forEach((screen, si) => screen.covers.forEach((c, ci) => c.when && thresholds(c.when, ["coverage", "screens", si, "covers", ci, "when"])));
  return problems;
}
