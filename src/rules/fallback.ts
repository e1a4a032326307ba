/**
 * The booking link used when the rules file itself is broken: the last good rules'
 * link, baked in at build time (see scripts/vite/rules-plugin.ts), so a staff
 * mistake can never leave visitors without a way to book.
 */
declare const __CAREFIT_BOOKING_URL__: string | undefined;

export const FALLBACK_BOOKING = {
  url: typeof __CAREFIT_BOOKING_URL__ === "string" ? __CAREFIT_BOOKING_URL__ : "https://clinic.example/book",
  label: "Book a free consult",
} as const;
