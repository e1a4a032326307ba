/**
 * The booking link used when the rules file itself is broken: the last good rules'
 * link, baked in at build time (see scripts/vite/rules-plugin.ts), so a staff
 * mistake can never leave visitors without a way to book.
 */
export const FALLBACK_BOOKING = {
  url: (import.meta.env["CAREFIT_BOOKING_URL"] as string | undefined) ?? "https://clinic.example/book",
  label: "Book a free consult",
} as const;
