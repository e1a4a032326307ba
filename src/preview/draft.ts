/**
 * The staff member's edits, kept in this browser as they type, so a crash, a
 * closed tab or a reload never loses them. Its own storage key, never the
 * visitor's saved progress; storage that is full or denied only means no draft.
 */
import { LIMITS } from "../rules/limits.ts";
import { safeStorage } from "../store/safe-storage.ts";

export const DRAFT_KEY = "carefit-preview-draft";

export interface Draft {
  readonly text: string;
  /** When it was last changed (ISO time), so the notice can say how old it is. */
  readonly savedAt: string;
}

export function loadDraft(): Draft | null {
  const raw = safeStorage.getItem(DRAFT_KEY);
  if (typeof raw !== "string") return null;
  const draft = JSON.parse(raw) as Partial<Draft> | null;
  return typeof draft?.text === "string" && typeof draft.savedAt === "string" ? { text: draft.text, savedAt: draft.savedAt } : null;
}

/**
 * The longest text kept: the checker's own limit on a rules file. Bigger is not a rules
 * file, and would not fit in the browser's storage anyway (about 5 million characters):
 * trying would only copy megabytes on every key and leave an older draft behind.
 */
export const DRAFT_MAX_CHARS = LIMITS.fileCharacters;

/**
 * Keeps `text` as the draft, or removes the draft once the text is back to the published
 * rules. "too-big": the text is longer than DRAFT_MAX_CHARS, so no draft is kept (an older
 * one is removed rather than brought back on reload as if it were the latest).
 */
export function keepDraft(text: string, published: string): "kept" | "published" | "too-big" {
  if (text === published) {
    void safeStorage.removeItem(DRAFT_KEY);
    return "published";
  }
  if (text.length > DRAFT_MAX_CHARS) {
    void safeStorage.removeItem(DRAFT_KEY);
    return "too-big";
  }
  void safeStorage.setItem(DRAFT_KEY, JSON.stringify({ text, savedAt: new Date().toISOString() } satisfies Draft));
  return "kept";
}

export function discardDraft(): void {
  void safeStorage.removeItem(DRAFT_KEY);
}
