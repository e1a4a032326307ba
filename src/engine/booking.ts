/** The booking link for an outcome: the clinic's form, told which care to preselect. */
import type { Outcome, Rules } from "../rules/schema.ts";

export interface BookingLink {
  readonly href: string;
  readonly label: string;
}

/** An outcome's own booking settings win over the file's; the outcome id rides along as a query parameter. */
export function bookingLink(booking: Rules["booking"], outcome: Outcome): BookingLink {
  const url = new URL(outcome.booking?.url ?? booking.url);
  url.searchParams.set(booking.param ?? "care", outcome.id);
  return { href: url.toString(), label: outcome.booking?.label ?? booking.label };
}
