/**
 * The result as plain text, for "Copy summary" and "Share": what a visitor can paste
 * into a booking form or a message to their doctor. Built on the device, sent nowhere.
 */
import type { AnsweredQuestion } from "../../engine/answered.ts";
import type { BookingLink } from "../../engine/booking.ts";
import type { Recommendation } from "../../engine/outcome.ts";
import type { Rules } from "../../rules/schema.ts";
import { strings } from "../strings.ts";

/** "Label: value" (or "Label:" over a list), with the language's spacing before the colon. */
const labelled = (label: string, value: string) => strings.labelled(label, value).trimEnd();

export interface SummaryInput {
  readonly rules: Rules;
  readonly result: Recommendation;
  /** False when a care result's details couldn't be loaded (see ResultScreen). */
  readonly details: boolean;
  readonly answers: readonly AnsweredQuestion[];
  readonly booking: BookingLink;
  readonly date: Date;
}

/**
 * An urgent result's action in words someone can act on from paper: "Call 911", not
 * "Call 911: 911"; a number or address the label doesn't already say is added after it.
 */
function actionLine({ label, href }: { readonly label: string; readonly href: string }): string {
  const value = href.replace(/^tel:/, "");
  return label.includes(value) ? label : labelled(label, value);
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`);

export function summaryText({ rules, result, details, answers, booking, date }: SummaryInput): string {
  const { outcome } = result;
  // An urgent result has all it shows from the start; a care one may lack its details.
  const full = details || result.urgent;
  const heading = [rules.clinic?.name, rules.title].filter(Boolean).join(" — ");
  const lines = [
    labelled(strings.summaryTitle, heading),
    strings.summaryDate(date),
    "",
    labelled(strings.summaryResult, outcome.title),
    ...(full ? [outcome.summary, ...(result.note ? [result.note] : [])] : [strings.detailsUnavailable]),
    ...(result.urgent && outcome.action ? [actionLine(outcome.action)] : []),
  ];
  if (full && result.reasons.length > 0) lines.push("", labelled(result.urgent ? strings.whatYouToldUs : strings.whyWeSuggest, ""), ...list(result.reasons.map((r) => r.text)));
  if (rules.clearance && result.clearance.length > 0) {
    lines.push("", labelled(rules.clearance.title, ""), ...list(result.clearance.map((r) => r.text)));
  }
  lines.push("", labelled(strings.yourAnswers, ""), ...list(answers.map((a) => `${a.text} ${a.answers.join("; ")}`)));
  if (!result.urgent) lines.push("", labelled(booking.label, booking.href));
  if (rules.clinic?.phone) lines.push(labelled(strings.summaryCall, rules.clinic.phone));
  lines.push("", rules.disclaimer);
  return lines.join("\n");
}
