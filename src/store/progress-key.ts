/** Where saved progress lives on the device: read by the store and by the page's early capture. */
export const PROGRESS_KEY = "carefit-progress";

/** True when this device holds answers from an earlier visit (whatever their age or rules version). */
export function hasSavedAnswers(storage: Pick<Storage, "getItem">): boolean {
  try {
    const log: unknown = JSON.parse(storage.getItem(PROGRESS_KEY) ?? "null")?.state?.log;
    return Array.isArray(log) && log.length > 0;
  } catch {
    return false;
  }
}
