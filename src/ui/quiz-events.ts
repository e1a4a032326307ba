/** What the quiz tells its surroundings (the embed bridge), and what it can be told. */
import type { AnswerLog } from "../engine/answers.ts";

export type QuizEvent =
  | { type: "started"; resumed: boolean }
  | { type: "step"; questionId: string; index: number }
  | { type: "completed"; result: { outcome: string; urgent: boolean; clearance: boolean }; log: AnswerLog }
  | { type: "booking-click"; outcome: string };

export interface QuizCommands {
  subscribe(handler: (command: "restart") => void): () => void;
}
