/**
 * Saved progress: the answer log and the rules version it was given under, kept
 * on this device only so a visitor can leave and resume. Nothing else is stored;
 * the machine replays the log to rebuild everything else.
 */
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Answer, AnswerLog } from "../engine/answers.ts";
import { safeStorage } from "./safe-storage.ts";

export const PROGRESS_KEY = "carefit-progress";

interface SavedProgress {
  rulesVersion: string | null;
  log: AnswerLog;
}

interface ProgressStore extends SavedProgress {
  save: (rulesVersion: string, log: AnswerLog) => void;
  clear: () => void;
}

const empty: SavedProgress = { rulesVersion: null, log: [] };

const isAnswer = (a: unknown): a is Answer =>
  typeof a === "object" && a !== null &&
  typeof (a as Answer).question === "string" &&
  Array.isArray((a as Answer).options) &&
  (a as Answer).options.every((o) => typeof o === "string");

/** Accepts only the exact shape we write; anything else (tampering, old formats) is discarded. */
export function asSavedProgress(value: unknown): SavedProgress {
  if (typeof value !== "object" || value === null) return empty;
  const { rulesVersion, log } = value as Partial<SavedProgress>;
  if (typeof rulesVersion !== "string" || !Array.isArray(log) || !log.every(isAnswer)) return empty;
  return { rulesVersion, log: log.map((a) => ({ question: a.question, options: [...a.options] })) };
}

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set) => ({
      ...empty,
      save: (rulesVersion, log) => set({ rulesVersion, log }),
      clear: () => set(empty),
    }),
    {
      name: PROGRESS_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: ({ rulesVersion, log }) => ({ rulesVersion, log }),
      merge: (persisted, current) => ({ ...current, ...asSavedProgress(persisted) }),
      // A future format change bumps `version`; until then, unknown versions start fresh.
      migrate: () => empty,
    },
  ),
);

/** The saved log if it was given under these rules, otherwise nothing. */
export function savedLogFor(rulesVersion: string): AnswerLog {
  const { rulesVersion: saved, log } = useProgressStore.getState();
  return saved === rulesVersion ? log : [];
}
