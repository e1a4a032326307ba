/**
 * The active catalogue of the interface's words, chosen once at start (a language switch
 * reloads the page), so screens simply `import { strings }`. Only the active language's
 * catalogue is loaded: the app's start imports it (catalogues.ts) and sets it here before
 * anything renders; the pre-render, the staff preview and the unit tests set theirs.
 */
import type { Catalogue } from "./strings/catalogue.ts";

export type { Catalogue };

/** The active catalogue (a live binding: read it at render time, not at module load). */
export let strings: Catalogue = undefined as unknown as Catalogue;
/** The active interface language ("en", "fr"). */
export let language = "";
/** The language of the page the app runs in (its pre-rendered <html lang>): where relative links start. */
export let pageLanguage = "";

export function setStrings(lang: string, catalogue: Catalogue, page: string = lang): void {
  language = lang;
  strings = catalogue;
  pageLanguage = page;
}
