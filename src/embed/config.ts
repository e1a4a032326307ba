/**
 * What the page was asked to be, from its URL: embedded or not, which loader
 * instance, the host page's origin, theme, and whether the clinic opted in to sharing
 * answers with its page. Never where links go: anyone can write a URL (a phishing link
 * to the clinic's real quiz), so a booking link comes only in a message from a page the
 * rules name (see connect.ts).
 */
import type { ThemeInput } from "./theme.ts";

export interface EmbedConfig {
  /** True inside an iframe (with or without the loader). */
  readonly embedded: boolean;
  readonly instance: string;
  /** The host page's origin, when it can be known; messages go only there. */
  readonly hostOrigin: string | null;
  readonly shareAnswers: boolean;
  /**
   * The theme settings as given, not yet checked: theme.ts validates and applies them, and
   * loads only when there are some (most pages have none: it stays out of their first load).
   */
  readonly theme: ThemeInput;
}

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

export function readEmbedConfig(win: Window = window): EmbedConfig {
  const params = new URLSearchParams(win.location.search);
  const embedded = win.parent !== win;
  // The loader says who the host is; a plain iframe falls back to what the browser reports.
  // A false claim is harmless: the browser drops messages whose target origin doesn't match.
  const hostOrigin = embedded
    ? originOf(params.get("host")) ?? originOf(win.location.ancestorOrigins?.[0]) ?? originOf(win.document.referrer)
    : null;
  const theme: ThemeInput = {};
  for (const key of ["accent", "font", "radius", "theme"] as const) {
    const value = params.get(key);
    if (value !== null) theme[key] = value;
  }
  return {
    embedded,
    instance: (params.get("instance") ?? "").replace(/[^\w-]/g, "").slice(0, 40),
    hostOrigin,
    shareAnswers: params.get("share") === "1",
    theme,
  };
}
