/**
 * What the "being updated" screen shows when the rules file itself can't be used:
 * the booking link, the emergency action and the disclaimer of the last good rules,
 * baked in at build time (see scripts/vite/rules-plugin.ts). A staff mistake can then
 * never leave visitors without a way to book, a way to call for help, or the disclaimer.
 */
import { BUILT_LANGUAGES } from "../rules/languages.ts";
import type { QuizModel } from "../rules/model.ts";

export interface Fallback {
  readonly booking: { readonly url: string; readonly label: string };
  /** The most urgent outcome's action, e.g. "Call 911" → tel:911. */
  readonly emergency: { readonly label: string; readonly href: string };
  readonly disclaimer: string;
}

/** For builds without good rules (and unit tests): sensible for the default, North American rules. */
export const DEFAULT_FALLBACK: Fallback = {
  booking: { url: "https://clinic.example/book", label: "Book a free consult" },
  emergency: { label: "Call 911", href: "tel:911" },
  disclaimer:
    "This quiz is for educational purposes and should not be interpreted as medical advice. " +
    "If you are seeking medical advice, treatment or a diagnosis, consult with a medical professional.",
};

/** Build time: the fallback drawn from checked rules. */
export function fallbackFrom(model: QuizModel): Fallback {
  const action = model.urgency.map((id) => model.outcomes.get(id)?.action).find((a) => a !== undefined);
  return {
    booking: { url: model.rules.booking.url, label: model.rules.booking.label },
    emergency: action ? { label: action.label, href: action.href } : DEFAULT_FALLBACK.emergency,
    disclaimer: model.rules.disclaimer,
  };
}

/** Baked in by the build: the fallback of each language's rules. */
declare const __CAREFIT_FALLBACK__: Readonly<Record<string, Fallback>> | undefined;

/** The fallback in a language: the default language's for one the build didn't have, DEFAULT_FALLBACK without good rules. */
export function fallbackFor(language: string): Fallback {
  const built = typeof __CAREFIT_FALLBACK__ === "object" && __CAREFIT_FALLBACK__ !== null ? __CAREFIT_FALLBACK__ : {};
  const own = (l: string | undefined) => (l !== undefined && Object.hasOwn(built, l) ? built[l] : undefined);
  return own(language) ?? own(BUILT_LANGUAGES[0]) ?? DEFAULT_FALLBACK;
}

/** The fallback in the default language. */
export const FALLBACK: Fallback = fallbackFor(BUILT_LANGUAGES[0]!);
