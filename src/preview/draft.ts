/**
 * The staff member's edits, kept in this browser as they type, so a crash, a
 * closed tab or a reload never loses them. Its own storage key, never the
 * visitor's saved progress; storage that is full or denied only means no draft.
 */
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

/** Keeps `text` as the draft, or removes the draft once the text is back to the published rules. */
export function keepDraft(text: string, published: string): void {
  if (text === published) void safeStorage.removeItem(DRAFT_KEY);
  else void safeStorage.setItem(DRAFT_KEY, JSON.stringify({ text, savedAt: new Date().toISOString() } satisfies Draft));
}

export function discardDraft(): void {
  void safeStorage.removeItem(DRAFT_KEY);
}
