/**
 * Saved progress: the answer log, the rules version it was given under, and when it
 * was started, kept on this device only so a visitor can leave and resume. Nothing
 * else is stored; the machine replays the log to rebuild everything else. Health
 * answers shouldn't linger on a shared device, so they expire (24 hours by default,
 * the rules' keepProgressHours), counted from the first answer.
 */
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Answer, AnswerLog } from "../engine/answers.ts";
import { safeStorage } from "./safe-storage.ts";

import { PROGRESS_KEY } from "./progress-key.ts";

export { PROGRESS_KEY };
const DEFAULT_KEEP_PROGRESS_HOURS = 24;

interface SavedProgress {
  rulesVersion: string | null;
  log: AnswerLog;
  /** When the first answer of the saved log was given (ms since the epoch). */
  startedAt: number | null;
  /** The language the visitor chose (a switch, `?lang`, a language's page): kept with the answers. */
  language: string | null;
}

interface ProgressStore extends SavedProgress {
  save: (rulesVersion: string, log: AnswerLog) => void;
  clear: () => void;
  setLanguage: (language: string) => void;
}

const empty: SavedProgress = { rulesVersion: null, log: [], startedAt: null, language: null };

const isAnswer = (a: unknown): a is Answer =>
  typeof a === "object" && a !== null &&
  typeof (a as Answer).question === "string" &&
  Array.isArray((a as Answer).options) &&
  (a as Answer).options.every((o) => typeof o === "string");

/** Accepts only the exact shape we write; anything else (tampering, old formats) is discarded. */
export function asSavedProgress(value: unknown): SavedProgress {
  if (typeof value !== "object" || value === null) return empty;
  const { rulesVersion, log, startedAt, language } = value as Partial<SavedProgress>;
  // The language alone may be kept (chosen before any answer); a bad one is dropped.
  const lang = typeof language === "string" && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(language) ? language : null;
  if (typeof rulesVersion !== "string" || !Array.isArray(log) || !log.every(isAnswer)) return { ...empty, language: lang };
  if (typeof startedAt !== "number" || !Number.isFinite(startedAt)) return { ...empty, language: lang };
  return { rulesVersion, log: log.map((a) => ({ question: a.question, options: [...a.options] })), startedAt, language: lang };
}

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set) => ({
      ...empty,
      // The clock starts at the first answer and keeps running while the visit goes on.
      save: (rulesVersion, log) =>
        set((saved) => ({
          rulesVersion,
          log,
          startedAt: saved.rulesVersion === rulesVersion && saved.log.length > 0 && saved.startedAt !== null ? saved.startedAt : Date.now(),
        })),
      // Clearing the answers keeps the language: it is a preference, not an answer.
      clear: () => set((saved) => ({ ...empty, language: saved.language })),
      setLanguage: (language) => set({ language }),
    }),
    {
      name: PROGRESS_KEY,
      // 2: startedAt added. Progress saved without it can't be dated, so it is discarded.
      version: 2,
      storage: createJSONStorage(() => safeStorage),
      partialize: ({ rulesVersion, log, startedAt, language }) => ({ rulesVersion, log, startedAt, language }),
      merge: (persisted, current) => ({ ...current, ...asSavedProgress(persisted) }),
      // A future format change bumps `version`; until then, unknown versions start fresh.
      migrate: () => empty,
    },
  ),
);

/**
 * The saved log if it was given under these rules and has not expired, otherwise
 * nothing — and expired progress is removed from the device, as if never saved.
 */
export function savedLogFor(rulesVersion: string, keepHours = DEFAULT_KEEP_PROGRESS_HOURS, now = Date.now()): AnswerLog {
  const { rulesVersion: saved, log, startedAt, clear } = useProgressStore.getState();
  if (startedAt === null) return [];
  const age = now - startedAt;
  // A start in the future means a changed clock or a tampered entry: don't trust it either.
  if (age < 0 || age >= keepHours * 3_600_000) {
    clear();
    return [];
  }
  return saved === rulesVersion ? log : [];
}
