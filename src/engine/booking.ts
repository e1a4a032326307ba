/** The booking link for an outcome: the clinic's form, told which care to preselect. */
import type { Rules } from "../rules/schema.ts";

export function bookingUrl(booking: Rules["booking"], outcomeId: string): string {
  const url = new URL(booking.url);
  url.searchParams.set(booking.param ?? "care", outcomeId);
  return url.toString();
}
