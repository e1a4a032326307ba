/** What the quiz tells its surroundings (the embed bridge), and what it can be told. */
import type { AnswerLog } from "../engine/answers.ts";

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
