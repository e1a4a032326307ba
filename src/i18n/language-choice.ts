/**
 * Which language a visitor sees, and how a switch keeps their place. Pure (everything it
 * reads is passed in), so it is unit-tested without a browser.
 *
 * Order: `?lang=fr` in the page's address (the embed loader turns `data-lang="fr"` into
 * it); the page itself when it is a language's own page (`fr/`); the language remembered
 * with the saved progress; the browser's preferred languages; the rules' default. Only
 * languages the build has (BUILT_LANGUAGES) are ever chosen.
 *
 * Pages: the default language's page is the site's root (`index.html`); each other
 * language has its own pre-rendered page one folder down (`fr/index.html`).
 */

export type LanguageSource = "query" | "page" | "saved" | "browser" | "default";

export interface LanguageInputs {
  /** The page address's query string ("?lang=fr&embed=1"). */
  readonly search: string;
  /** The language the page was pre-rendered in (its <html lang>). */
  readonly pageLanguage: string;
  /** The language remembered with the saved progress, if any. */
  readonly saved?: string | null | undefined;
  /** navigator.languages. */
  readonly preferred?: readonly string[] | undefined;
  /** The languages the build has, the default first. */
  readonly built: readonly string[];
}

/** The built language a tag asks for: "fr", "fr-CA" or "FR" → "fr"; undefined if none. */
export function matchLanguage(tag: string | null | undefined, built: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  const exact = built.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split("-")[0];
  return built.find((l) => l.toLowerCase().split("-")[0] === base);
}

export function chooseLanguage({ search, pageLanguage, saved, preferred = [], built }: LanguageInputs): { language: string; source: LanguageSource } {
  const fromQuery = matchLanguage(new URLSearchParams(search).get("lang"), built);
  if (fromQuery) return { language: fromQuery, source: "query" };
  const page = matchLanguage(pageLanguage, built);
  if (page && page !== built[0]) return { language: page, source: "page" };
  const remembered = matchLanguage(saved, built);
  if (remembered) return { language: remembered, source: "saved" };
  for (const tag of preferred) {
    const match = matchLanguage(tag, built);
    if (match) return { language: match, source: "browser" };
  }
  return { language: built[0] ?? "en", source: "default" };
}

/** A language's page, relative to the site's root: "" for the default, "fr/" for French. */
export function pagePathFor(language: string, built: readonly string[]): string {
  return language === built[0] ? "" : `${language}/`;
}

/** The site's root relative to a language's page: "./" on the default's page, "../" on the others. */
export function rootFromPage(pageLanguage: string, built: readonly string[]): string {
  return matchLanguage(pageLanguage, built) === built[0] || !matchLanguage(pageLanguage, built) ? "./" : "../";
}

/**
 * Where the switch to another language goes: that language's page, with the same
 * parameters (embed, theme, instance…) and `lang` set, so the choice is explicit.
 */
export function switchHref(current: string, pageLanguage: string, to: string, built: readonly string[]): string {
  const url = new URL(current);
  const root = new URL(rootFromPage(pageLanguage, built), url);
  const target = new URL(pagePathFor(to, built), root);
  const params = new URLSearchParams(url.search);
  params.set("lang", to);
  target.search = params.toString();
  return target.href;
}

/** The name of a language in that language, capitalised: "fr" → "Français", "en" → "English". */
export function ownName(language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/** The one-shot note a switch leaves for the page it opens: resume the saved answers at once. */
const HANDOFF_KEY = "carefit-switch";

interface Handoff {
  readonly language: string;
  /** How many answers the visitor had given: the step they were on. */
  readonly answered: number;
}

type SessionLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** This tab's sessionStorage, or undefined where reading it throws (a frame whose storage is blocked). */
export function sessionStore(): SessionLike | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function writeHandoff(storage: SessionLike | undefined, handoff: Handoff): void {
  try {
    storage?.setItem(HANDOFF_KEY, JSON.stringify(handoff));
  } catch {
    // Storage refused (private mode, quota): the visitor gets the "Welcome back" offer instead.
  }
}

/** The note for this language, removed as it is read (a reload then behaves as usual); null if none. */
export function takeHandoff(storage: SessionLike | undefined, language: string): Handoff | null {
  try {
    const raw = storage?.getItem(HANDOFF_KEY);
    if (raw == null) return null;
    storage!.removeItem(HANDOFF_KEY);
    const value = JSON.parse(raw) as Partial<Handoff>;
    if (value.language !== language || typeof value.answered !== "number" || !Number.isInteger(value.answered) || value.answered < 0) return null;
    return { language, answered: value.answered };
  } catch {
    return null;
  }
}
