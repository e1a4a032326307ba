/**
 * localStorage that never throws: sandboxed or partitioned iframes deny access,
 * private modes throw on write, and a corrupted entry is dropped instead of
 * breaking the page. Losing saved progress is acceptable; a crash is not.
 */
import type { StateStorage } from "zustand/middleware";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const safeStorage: StateStorage = {
  getItem(name) {
    try {
      const value = storage()?.getItem(name) ?? null;
      if (value !== null) JSON.parse(value);
      return value;
    } catch {
      safeStorage.removeItem(name);
      return null;
    }
  },
  setItem(name, value) {
    try {
      storage()?.setItem(name, value);
    } catch {
      // Storage full or denied: the visit goes on without saving.
    }
  },
  removeItem(name) {
    try {
      storage()?.removeItem(name);
    } catch {
      // Nothing to clean up when storage is unavailable.
    }
  },
};
