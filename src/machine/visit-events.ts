/**
 * What a visit tells its surroundings, and what it can be told. The visit's own vocabulary,
 * so it lives beside the machine: the UI reports these as the visitor moves, and the embed
 * bridge (to the host page) and the staff preview listen, without either knowing the UI.
 */
import type { Answer, AnswerLog } from "../engine/answers.ts";

export type QuizEvent =
  | { type: "started"; resumed: boolean }
  /** `log` is for the staff preview (to resume after an edit); the embed bridge never sends it. */
  | { type: "step"; questionId: string; index: number; log: AnswerLog }
  | { type: "completed"; result: { outcome: string; urgent: boolean; clearance: boolean }; log: AnswerLog }
  | { type: "booking-click"; outcome: string };

/** From the host page: start over, or use its booking page (already checked: origin named, safe address). */
export type QuizCommand = { type: "restart" } | { type: "booking-url"; url: string };

export interface QuizCommands {
  subscribe(handler: (command: QuizCommand) => void): () => void;
}

/**
 * What the visitor did on the page before the app took over (src/app/early-start.ts
 * decides what of it still holds): the visit starts from there.
 */
export interface EarlyStart {
  /** Answers given on screens the page showed by itself: the visit starts after them. */
  readonly answered: AnswerLog;
  /** Choices ticked on the screen taken over, to keep ticked. */
  readonly ticked?: Answer;
  /** A press of Continue on the screen taken over, to act on once, as soon as the app is up. */
  readonly press?: Answer;
}
