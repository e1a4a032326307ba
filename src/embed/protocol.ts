/**
 * The message map between the quiz (in an iframe) and the host page — protocol
 * "carefit", version 1. Every message is an envelope
 *   { source: "carefit", version: 1, instance, type, payload }
 * posted with the other side's exact origin as target, never "*".
 * `instance` is the id the loader gave this iframe, so several quizzes on one page
 * never mix their messages. Documented for clinics in the README ("Embed on your site").
 */
import * as z from "zod/mini";
import type { AnswerLog } from "../engine/answers.ts";

const PROTOCOL = "carefit";
const PROTOCOL_VERSION = 1;

/**
 * Quiz → host. Which question a visitor sees and which outcome they get is health
 * information: fields marked "named only" go only to a host whose origin the rules'
 * embed.allowedOrigins lists by name; with "*" a host learns only that the visit moved on.
 * No payload carries answers unless the clinic opted in (see `completed`).
 */
export interface OutboundPayloads {
  /** Purpose: the quiz has loaded its rules and shows its first screen (the introduction and question 1). */
  ready: { rulesVersion: string };
  /** Purpose: the visitor answered question 1 (or resumed saved answers). */
  started: { resumed: boolean };
  /** Purpose: a question is shown on its own screen (every question after the first screen, or question 1 again after Back); `index` counts from 1. `questionId`: named only. */
  step: { index: number; questionId?: string };
  /**
   * Purpose: a result is on screen. Named only: `outcome` (its id), `urgent` (a
   * see-a-doctor result), `clearance` (the doctor-first note showed). `answers` only with
   * data-share-answers AND the host's origin listed by name.
   */
  completed: { outcome?: string; urgent?: boolean; clearance?: boolean; answers?: AnswerLog };
  /** Purpose: the visitor followed the booking link (it opens in a new tab). `outcome`: named only. */
  "booking-click": { outcome?: string };
  /** Purpose: the quiz's content height in CSS pixels changed; the loader sizes the iframe to it. */
  resize: { height: number };
}

export type OutboundType = keyof OutboundPayloads;

export interface Envelope<T extends string = string, P = unknown> {
  source: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  instance: string;
  type: T;
  payload: P;
}

/** An envelope around one message, as the quiz posts it. */
export const envelope = <T extends string, P>(instance: string, type: T, payload: P): Envelope<T, P> =>
  ({ source: PROTOCOL, version: PROTOCOL_VERSION, instance, type, payload });

/** The schema of an inbound envelope of one type: the same fields as `Envelope`, and no others. */
const inbound = <T extends string, P extends z.ZodMiniType>(type: T, payload: P) =>
  z.strictObject({ source: z.literal(PROTOCOL), version: z.literal(PROTOCOL_VERSION), instance: z.string(), type: z.literal(type), payload });

const themeFields = {
  accent: z.optional(z.string()),
  font: z.optional(z.string()),
  radius: z.optional(z.union([z.string(), z.number()])),
  theme: z.optional(z.string()),
};

/** Host → quiz. Anything that doesn't match exactly is ignored (and logged once). */
export const inboundSchema = z.discriminatedUnion("type", [
  /** Purpose: the loader asks for `ready` and `resize` again (after a reload or a slow load). */
  inbound("request-state", z.optional(z.strictObject({}))),
  /** Purpose: the host page asks the quiz to go back to its first screen, clearing answers. */
  inbound("restart", z.optional(z.strictObject({}))),
  /**
   * Purpose: the host page changes the theme (validated like the URL parameters) and, sent
   * by the loader after each `ready`, its data-booking-url — obeyed only from an origin the
   * rules' embed.allowedOrigins lists by name, and only as a plain https:// address.
   */
  inbound("config", z.strictObject({ ...themeFields, bookingUrl: z.optional(z.string()) })),
]);

export type InboundMessage = z.infer<typeof inboundSchema>;
