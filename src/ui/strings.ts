/**
 * The active catalogue of the interface's words, chosen once at start (a language switch
 * reloads the page), so screens simply `import { strings }`. Only the active language's
 * catalogue is loaded: the app's start imports it (catalogues.ts) and sets it here before
 * anything renders; the pre-render, the staff preview and the unit tests set theirs.
 */
import type { Catalogue, ResultWords } from "./strings/catalogue.ts";

export type { Catalogue, ResultWords };

/**
 * The active catalogue (a live binding: read it at render time, not at module load). The
 * result screen's words join it when that screen's code loads (result-code.ts), so
 * only the result screen's modules read them.
 */
export let strings: Catalogue & ResultWords = undefined as unknown as Catalogue & ResultWords;
/** The active interface language ("en", "fr"). */
export let language = "";
/** The language of the page the app runs in (its pre-rendered <html lang>): where relative links start. */
export let pageLanguage = "";

export function setStrings(lang: string, catalogue: Catalogue, page: string = lang): void {
  language = lang;
  strings = { ...catalogue } as Catalogue & ResultWords;
  pageLanguage = page;
}

/** The result screen's words, once loaded, join the active catalogue. */
export function addResultWords(words: ResultWords): void {
  Object.assign(strings, words);
}
