/**
 * The booking link used when the rules file itself is broken. Built in, so a
 * staff mistake can never leave visitors without a way to book.
 */
export const FALLBACK_BOOKING = {
  url: "https://clinic.example/book",
  label: "Book a free consult",
} as const;
