/**
 * What an edit changes for visitors: every way through the old rules and every way
 * through the new ones (the path explorer's paths) is answered again in both versions,
 * and the visitors who end at a different outcome are counted, grouped by from → to.
 *
 * A path's answers are reused question by question (by id). Where the other version asks
 * a question the path never answered, the visitor's answer there is unknown, so each
 * possible answer is tried (every option; for "select all" questions each option alone
 * and all of them together). Visitors are counted once per distinct set of answers.
 * A move from an urgent outcome to a care outcome is the one that can hurt someone:
 * those groups come first, flagged.
 */
import type { Answer } from "../engine/answers.ts";
import { recommend } from "../engine/outcome.ts";
import { explorePaths } from "../engine/paths.ts";
import { answerProblem, stepFor, targetAfter } from "../engine/route.ts";
import type { QuizModel } from "../rules/model.ts";
import type { Question } from "../rules/schema.ts";

type Answers = ReadonlyMap<string, readonly string[]>;

export interface Ending {
  readonly outcome: string | null;
  readonly urgent: boolean;
}

interface OutcomeChange {
  readonly before: Ending;
  readonly after: Ending;
  /** Visitors (distinct answers) who move this way. */
  readonly count: number;
  /** One of them: the answers the new rules ask for, in order… */
  readonly example: readonly Answer[];
  /** …and the ones only the old rules asked for. */
  readonly onlyBefore: readonly Answer[];
  /** From an urgent outcome to a care outcome: listed first, flagged. */
  readonly urgentToCare: boolean;
}

export interface RulesDiff {
  /** Distinct visitors compared. */
  readonly compared: number;
  readonly changed: number;
  readonly changes: readonly OutcomeChange[];
  /** True when a walk stopped at its limit: the counts cover part of the quiz. */
  readonly truncated: boolean;
}

/** What a visitor who hasn't answered `question` might say. */
function possibleAnswers(question: Question): string[][] {
  const one = question.options.map((o) => [o.id]);
  if (question.type === "single") return one;
  const together = question.options.filter((o) => !o.exclusive && o.redFlag === undefined).map((o) => o.id);
  return together.length > 1 ? [...one, together] : one;
}

interface Walked {
  readonly answers: Answers;
  readonly log: readonly Answer[];
  readonly ending: Ending;
}

/** Every way `model` ends for a visitor with `answers`, trying each answer to questions they never answered. */
function answerIn(model: QuizModel, answers: Answers, budget: { left: number }): Walked[] {
  const out: Walked[] = [];
  const go = (known: Answers, log: Answer[], target: string): void => {
    for (let guard = 0; guard <= model.rules.questions.length; guard++) {
      const step = stepFor(model, target);
      if (step.kind !== "question") {
        const result = recommend(model, log);
        out.push({ answers: known, log, ending: { outcome: result?.outcome.id ?? null, urgent: result?.urgent ?? false } });
        return;
      }
      const question = step.question;
      if (log.some((a) => a.question === question.id)) break; // a loop: the checker reports it
      const given = known.get(question.id);
      if (given === undefined || answerProblem(question, given) !== null) {
        for (const options of possibleAnswers(question)) {
          if (budget.left-- <= 0) return;
          go(new Map(known).set(question.id, options), log, target);
        }
        return;
      }
      log = [...log, { question: question.id, options: given }];
      target = targetAfter(model, log);
    }
    out.push({ answers: known, log, ending: { outcome: null, urgent: false } });
  };
  go(answers, [], model.rules.start);
  return out;
}

const keyOf = (log: readonly Answer[], also: readonly Answer[]) => {
  const seen = new Map([...log, ...also].map((a) => [a.question, [...a.options].sort().join("+")]));
  return [...seen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([q, o]) => `${q}=${o}`).join("&");
};

export function diffRules(before: QuizModel, after: QuizModel, limit = 50_000): RulesDiff {
  const old = explorePaths(before, limit);
  const next = explorePaths(after, limit);
  const budget = { left: limit * 20 };
  const seen = new Set<string>();
  const groups = new Map<string, Omit<OutcomeChange, "urgentToCare"> & { count: number }>();
  for (const path of [...next.paths, ...old.paths]) {
    const answers = new Map(path.answers.map((a) => [a.question, a.options]));
    for (const first of answerIn(before, answers, budget)) {
      for (const second of answerIn(after, first.answers, budget)) {
        // Answers the new rules added can't change the old route: it asked nothing more.
        const oldEnd = first.ending;
        const key = keyOf(second.log, first.log);
        if (seen.has(key)) continue;
        seen.add(key);
        const newEnd = second.ending;
        if (oldEnd.outcome === newEnd.outcome && oldEnd.urgent === newEnd.urgent) continue;
        const group = `${oldEnd.outcome}>${newEnd.outcome}`;
        const entry = groups.get(group);
        if (entry) entry.count++;
        else {
          const asked = new Set(second.log.map((a) => a.question));
          groups.set(group, { before: oldEnd, after: newEnd, count: 1, example: second.log, onlyBefore: first.log.filter((a) => !asked.has(a.question)) });
        }
      }
    }
  }
  const changes = [...groups.values()]
    .map((g) => ({ ...g, urgentToCare: g.before.urgent && g.after.outcome !== null && !g.after.urgent }))
    .sort((a, b) => Number(b.urgentToCare) - Number(a.urgentToCare) || b.count - a.count);
  return {
    compared: seen.size,
    changed: changes.reduce((n, c) => n + c.count, 0),
    changes,
    truncated: old.truncated || next.truncated || budget.left <= 0,
  };
}
