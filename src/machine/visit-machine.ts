/**
 * The visit: where the visitor is and what they answered. States are fixed
 * (intro, which already shows the first question → asking → result; a visit whose first
 * answers were given before the app arrived starts past intro); which question comes next
 * is data, decided by the engine from the rules. The machine is the single owner of the answer log.
 */
import { assertEvent, assign, setup } from "xstate";
import type { Answer, AnswerLog } from "../engine/answers.ts";
import { answerProblem, replay, type Step } from "../engine/route.ts";
import type { QuizModel } from "../rules/model.ts";

/** The visit's answers, as the UI and the outside pass them in (saved, or a staff preview's start). */
export type { AnswerLog };

export interface VisitContext {
  readonly model: QuizModel;
  /** The answers on the current path, in order. */
  readonly log: AnswerLog;
  /**
   * Where those answers lead: worked out once, whenever the log changes (walk), so
   * guards and the view read it instead of replaying the log again.
   */
  readonly step: Step;
  /** Answers undone with Back, newest last, offered again as the preselected choice. */
  readonly redo: AnswerLog;
  /** Progress saved on an earlier visit, already replayed against these rules. */
  readonly saved: AnswerLog;
  /**
   * Set by "Change" on the result: the next answer is followed by the answers undone
   * since, kept for as long as each still answers the question the rules would ask.
   */
  readonly returning: boolean;
}

export interface VisitInput {
  readonly model: QuizModel;
  readonly saved?: AnswerLog;
  /**
   * Answers given before the app took over, on a screen the page showed by itself (the
   * early capture, src/app/early-capture.ts): the visit starts after them. Replayed like
   * saved progress, so an answer these rules would not ask for is dropped.
   */
  readonly answered?: AnswerLog;
}

export type VisitEvent =
  | { type: "START" }
  | { type: "RESUME" }
  /** `question` names the question being answered, so a late or doubled submit can't answer the next one. */
  | { type: "ANSWER"; question: string; options: readonly string[] }
  | { type: "BACK" }
  /** "Change" beside an answer on the result: go back to that question. */
  | { type: "CHANGE"; question: string }
  | { type: "RESTART" };

/**
 * A log and where it leads, from one replay: only the entries that still answer what the
 * rules ask are kept, so the log and its step can never disagree.
 */
function walk(model: QuizModel, answers: AnswerLog): Pick<VisitContext, "log" | "step"> {
  const { log, step } = replay(model, answers);
  return { log, step };
}

/** The answer to preselect on the current question: the one given before going back. */
export function previousAnswer({ step, redo }: VisitContext): readonly string[] {
  const last = redo.at(-1);
  return step.kind === "question" && last?.question === step.question.id ? last.options : [];
}

export const visitMachine = setup({
  types: {
    context: {} as VisitContext,
    input: {} as VisitInput,
    events: {} as VisitEvent,
  },
  guards: {
    hasSavedProgress: ({ context }) => context.saved.length > 0,
    answerIsValid: ({ context: { step }, event }) => {
      assertEvent(event, "ANSWER");
      return (
        step.kind === "question" &&
        step.question.id === event.question &&
        answerProblem(step.question, event.options) === null
      );
    },
    visitIsOver: ({ context }) => context.step.kind !== "question",
    hasAnswers: ({ context }) => context.log.length > 0,
    isAtFirstQuestion: ({ context }) => context.log.length === 0,
    wasAnswered: ({ context, event }) => {
      assertEvent(event, "CHANGE");
      return context.log.some((a) => a.question === event.question);
    },
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, "ANSWER");
      const { model, step } = context;
      if (step.kind !== "question") return {};
      const answer: Answer = { question: step.question.id, options: [...event.options] };
      const undone = context.redo.at(-1);
      const sameAsBefore =
        undone?.question === answer.question &&
        undone.options.length === answer.options.length &&
        undone.options.every((o) => answer.options.includes(o));
      if (context.returning) {
        // After "Change": keep the later answers while they still fit the route; the first
        // question the new answer opens (or changes) is asked afresh.
        const later = [...context.redo].reverse().slice(1);
        return { ...walk(model, [...context.log, answer, ...later]), redo: [], returning: false };
      }
      // A changed answer leaves the old branch: its later answers no longer apply.
      return { ...walk(model, [...context.log, answer]), redo: sameAsBefore ? context.redo.slice(0, -1) : [] };
    }),
    rewindTo: assign(({ context, event }) => {
      assertEvent(event, "CHANGE");
      const at = context.log.findIndex((a) => a.question === event.question);
      return { ...walk(context.model, context.log.slice(0, at)), redo: context.log.slice(at).reverse(), returning: true };
    }),
    undoAnswer: assign(({ context }) => {
      const last = context.log.at(-1);
      return last ? { ...walk(context.model, context.log.slice(0, -1)), redo: [...context.redo, last] } : {};
    }),
    clearAnswers: assign(({ context }) => ({ ...walk(context.model, []), redo: [], saved: [], returning: false })),
    /** Answering anew starts a new visit: the earlier one is no longer offered. */
    forgetSaved: assign({ saved: [] }),
    restoreSaved: assign(({ context }) => ({ ...walk(context.model, context.saved), redo: [], saved: [], returning: false })),
    /** Filled in by the app (saved progress); a no-op in tests that don't care. */
    persist: () => {},
  },
}).createMachine({
  id: "visit",
  context: ({ input }) => ({
    model: input.model,
    ...walk(input.model, input.answered ?? []),
    redo: [],
    saved: replay(input.model, input.saved ?? []).log,
    returning: false,
  }),
  initial: "starting",
  on: {
    RESTART: { target: ".intro", actions: ["clearAnswers", "persist"] },
  },
  states: {
    // A visit begins at the first screen, or after the answers given before the app arrived.
    starting: {
      always: [{ guard: "hasAnswers", target: "routing", actions: ["forgetSaved", "persist"] }, { target: "intro" }],
    },
    intro: {
      on: {
        // The first screen shows the first question under the introduction: answering it starts the visit.
        ANSWER: { guard: "answerIsValid", target: "routing", actions: ["clearAnswers", "recordAnswer", "persist"] },
        START: { target: "asking", actions: ["clearAnswers", "persist"] },
        RESUME: { guard: "hasSavedProgress", target: "routing", actions: ["restoreSaved", "persist"] },
      },
    },
    routing: {
      always: [{ guard: "visitIsOver", target: "result" }, { target: "asking" }],
    },
    asking: {
      on: {
        ANSWER: { guard: "answerIsValid", target: "routing", actions: ["recordAnswer", "persist"] },
        BACK: [
          { guard: "isAtFirstQuestion", target: "intro" },
          { target: "routing", actions: ["undoAnswer", "persist"] },
        ],
      },
    },
    result: {
      tags: ["finished"],
      on: {
        BACK: { target: "routing", actions: ["undoAnswer", "persist"] },
        CHANGE: { guard: "wasAnswered", target: "routing", actions: ["rewindTo", "persist"] },
      },
    },
  },
});
