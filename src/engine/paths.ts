/**
 * Walks every distinct path through a rule set: the safety proof (safety.ts) and the
 * staff preview's path explorer read this.
 *
 * The walk is exact. It lists one example answer log for each distinct visitor
 * situation: the questions asked in order, the outcome, urgent or not, clearance note
 * or not, the red-flag option that ended the visit, and how every condition in the
 * rules (and any the caller watches) comes out. Trying every answer to every question
 * finds no situation it misses, as the tests check against brute force on generated
 * rule sets (tests/unit/engine/paths.test.ts). Why, without trying every answer:
 * - Each question is tried with one answer per distinct effect (answer-classes.ts):
 *   answers with the same effect leave the visit in the same state.
 * - That state is everything the engine can still read: where the visit goes next;
 *   the questions asked and the red flags that decided them (the trail); what is
 *   still open of each condition once those answers are known (open-conditions.ts);
 *   clearance; and point and score totals, only as far as the answers still to come
 *   could change a comparison (totals.ts). Two ways to the same state have the same
 *   ways on, so each state is walked once: that, not sampling, keeps the walk small.
 * - Results come from `recommend` itself on the example log, never from a copy of
 *   its logic.
 * Ways that differ only in what no condition reads (which of several options worth
 * the same was ticked) are one situation, listed once.
 */
import type { QuizModel } from "../rules/model.ts";
import type { Condition } from "../rules/schema.ts";
import { type AnswerClass, answerClasses } from "./answer-classes.ts";
import type { Answer } from "./answers.ts";
import { type Open, OpenConditions } from "./open-conditions.ts";
import { recommend } from "./outcome.ts";
import { type Relevance, relevanceOf } from "./relevance.ts";
import { stepFor, targetAfter } from "./route.ts";
import { plus, pointKeyer, scoreKeyer, type Totals } from "./totals.ts";

export interface QuizPath {
  /** An example answer log for this path. */
  readonly answers: readonly Answer[];
  /** The outcome id the visitor ends at, or null when the path ends nowhere. */
  readonly outcome: string | null;
  readonly urgent: boolean;
  /** Whether the result carries the check-with-your-doctor-first note. */
  readonly clearance: boolean;
}

export interface PathReport {
  readonly paths: readonly QuizPath[];
  /** Question ids visited twice on one path: a loop. */
  readonly loops: readonly string[][];
  /** True when the walk stopped before every path was seen: more than `limit` of them, or too many ways to answer one question. */
  readonly truncated: boolean;
}

interface State {
  /** The questions asked, in order, each with the options the walk keeps track of by id (`AnswerClass.kept`). */
  readonly trail: string;
  /** What is still open of each condition (open-conditions.ts). */
  readonly open: Open;
  readonly points: Totals;
  readonly scores: Totals;
  readonly clearance: boolean;
}

/**
 * Every distinct path, up to `limit` of them. A caller that checks a condition of its
 * own on the paths passes it in `watch`, so that paths it tells apart are listed apart.
 */
// Stryker disable next-line ArrayDeclaration: equivalent, a string where conditions are watched is scanned and ignored.
export function explorePaths(model: QuizModel, limit = 200_000, watch: readonly Condition[] = []): PathReport {
  return walkPaths(model, relevanceOf(model, watch), limit);
}

/**
 * The walk itself, given what the rest of a visit can read of the answers. With less
 * than `relevanceOf` finds it is not exact: the tests pass less to show that the
 * comparison with brute force notices.
 */
export function walkPaths(model: QuizModel, relevance: Relevance, limit: number): PathReport {
  const classes = new Map<string, AnswerClass[] | undefined>();
  const conditions = new OpenConditions(relevance.conditions);
  const pointKey = pointKeyer(model);
  const scoreKey = scoreKeyer(model, relevance.scores);
  const walked = new Set<string>();
  const reported = new Set<string>();
  const paths: QuizPath[] = [];
  const loops = new Map<string, string[]>();
  let truncated = false;
  const log: Answer[] = [];

  /** A visit ends: what `recommend` makes of the example log, listed unless the same situation already is. */
  const finish = (situation: string): void => {
    const result = recommend(model, log);
    const path = {
      answers: [...log],
      outcome: result?.outcome.id ?? null,
      urgent: result?.urgent ?? false,
      clearance: (result?.clearance.length ?? 0) > 0,
    };
    const key = `${situation}>${path.outcome}|${path.urgent}|${path.clearance}`;
    if (reported.has(key)) return;
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    reported.add(key);
    paths.push(path);
  };

  /** Marks a state walked, and says whether it already was. */
  const walkedBefore = (key: string) => {
    if (walked.has(key)) return true;
    walked.add(key);
    return false;
  };

  const walk = (target: string, state: State): void => {
    if (truncated) return;
    const points = pointKey(target, state.points);
    if (walkedBefore(`${target}|${state.trail}|${JSON.stringify(state.open)}|${points}|${scoreKey(target, state.scores)}|${state.clearance}`)) return;
    const step = stepFor(model, target);
    if (step.kind !== "question") {
      // Nothing more is asked, so conditions still open can only read scores (questions
      // never asked count as not chosen): how each comes out is all that is left of the answers.
      const situation = `${state.trail}|${conditions.verdicts(state.open, { answers: new Map(), scores: state.scores })}`;
      // A shortcut: `finish` lists a situation once anyway, but this skips working out its result again.
      // Stryker disable next-line ConditionalExpression: equivalent, as above.
      if (!walkedBefore(`end ${target}|${situation}|${points}|${state.clearance}`)) finish(situation);
      return;
    }
    const question = step.question;
    if (log.some((a) => a.question === question.id)) {
      const loop = [...log.map((a) => a.question), question.id];
      loops.set(JSON.stringify(loop), loop);
      return;
    }
    const tries = classes.has(question.id) ? classes.get(question.id) : answerClasses(model, question, relevance);
    classes.set(question.id, tries);
    if (tries === undefined) {
      truncated = true;
      return;
    }
    const readers = relevance.readers.get(question.id)?.conditions ?? [];
    for (const answer of tries) {
      log.push({ question: question.id, options: answer.options });
      walk(targetAfter(model, log), {
        trail: `${state.trail}/${question.id}=${JSON.stringify(answer.kept)}`,
        open: conditions.after(state.open, readers, question.id, answer.options),
        points: plus(state.points, answer.points),
        scores: plus(state.scores, answer.scores),
        clearance: state.clearance || answer.clearance,
      });
      log.pop();
    }
  };
  // Stryker disable next-line StringLiteral: equivalent, the same start to every trail.
  walk(model.rules.start, { trail: "", open: conditions.start, points: new Map(), scores: new Map(), clearance: false });
  return { paths, loops: [...loops.values()], truncated };
}
