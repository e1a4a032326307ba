/**
 * The visit as the screens show it, worked out once from the machine's snapshot: which
 * screen, the key that says when it is a new one, and everything it shows — the question,
 * "Question 3 of up to 9", the answer to offer again; or the recommendation and the answers
 * listed with it — and what to tell the outside about it. The machine already knows where
 * the log leads (its `step`), so nothing here replays the log: the UI renders a view and
 * never calls the engine itself.
 *
 * The result's code loads lazily (ui/result-code.ts), so it is passed in; until it has
 * arrived a finished visit shows as "result-loading".
 */
import type { SnapshotFrom } from "xstate";
import type { AnsweredQuestion } from "../engine/answered.ts";
import type { AnswerLog } from "../engine/answers.ts";
import type { Recommendation } from "../engine/outcome.ts";
import { progressAt, type Progress } from "../engine/progress.ts";
import type { Replay } from "../engine/route.ts";
import type { QuizModel } from "../rules/model.ts";
import type { Question } from "../rules/schema.ts";
import type { QuizEvent } from "./visit-events.ts";
import { previousAnswer, type visitMachine } from "./visit-machine.ts";

export type VisitSnapshot = SnapshotFrom<typeof visitMachine>;

/** What the view needs of the result's code (ui/result/parts.ts). */
export interface ResultLogic {
  /** The rules to draw results from: the visit's, with the texts only a result shows. */
  readonly model: QuizModel;
  recommendAt(model: QuizModel, replayed: Replay): Recommendation | null;
  answeredQuestions(model: QuizModel, log: AnswerLog): AnsweredQuestion[];
}

export interface QuestionView {
  readonly question: Question;
  readonly progress: Progress;
  /** The answer given before going back to this question, offered again. */
  readonly preselected: readonly string[];
}

/** What to tell the outside about a screen, once: a new `key` is a new screen to report. */
interface Report {
  readonly key: string;
  readonly event: QuizEvent;
}

export type VisitView =
  /** The first screen: the introduction, with question 1 under it. */
  | { readonly screen: "intro"; readonly key: string; readonly canResume: boolean; readonly question: QuestionView | null; readonly report: null }
  | { readonly screen: "question"; readonly key: string; readonly question: QuestionView; readonly report: Report }
  | {
      readonly screen: "result";
      readonly key: string;
      readonly result: Recommendation;
      readonly answers: readonly AnsweredQuestion[];
      readonly report: Report;
    }
  /** At a result whose code has not arrived yet (it loads at idle, so this is rare). */
  | { readonly screen: "result-loading"; readonly key: string; readonly report: null }
  /** Unreachable with checked rules: a question that is no question, a result that is no outcome. */
  | { readonly screen: "lost"; readonly key: string; readonly report: null };

const LOST: VisitView = { screen: "lost", key: "lost", report: null };

export function viewOf(snapshot: VisitSnapshot, resultLogic?: ResultLogic): VisitView {
  const { context } = snapshot;
  const { model, log, step } = context;
  const question = (): QuestionView | null =>
    step.kind === "question" ? { question: step.question, progress: progressAt(model, { log, step }), preselected: previousAnswer(context) } : null;

  if (snapshot.matches("intro")) {
    return { screen: "intro", key: "intro", canResume: snapshot.can({ type: "RESUME" }), question: question(), report: null };
  }
  if (snapshot.matches("result")) {
    if (!resultLogic) return { screen: "result-loading", key: "result-loading", report: null };
    const result = resultLogic.recommendAt(resultLogic.model, { log, step });
    if (!result) return LOST;
    const outcome = result.outcome.id;
    const summary = { outcome, urgent: result.urgent, clearance: result.clearance.length > 0 };
    return {
      screen: "result",
      key: `result-${outcome}`,
      result,
      answers: resultLogic.answeredQuestions(resultLogic.model, log),
      // The same outcome reached again after a change is a new result to report.
      report: { key: `result-${outcome}-${log.length}`, event: { type: "completed", result: summary, log } },
    };
  }
  const shown = question();
  if (!shown) return LOST;
  const key = `${log.length}-${shown.question.id}`;
  return {
    screen: "question",
    key,
    question: shown,
    report: { key: `q-${key}`, event: { type: "step", questionId: shown.question.id, index: log.length + 1, log } },
  };
}
