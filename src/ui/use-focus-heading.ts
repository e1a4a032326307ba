/**
 * Moves focus to a screen's heading when it appears, so keyboard and screen-reader
 * users land on the new question (and hear it) instead of being left on a button
 * that no longer exists. Skipped on the very first screen of a page load, where
 * the browser's own reading order is right.
 */
import { useEffect, useRef } from "react";

export function useFocusHeading<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
