/**
 * Runs `task` once the page is idle (within `timeout` ms at the latest), for code the first
 * answer doesn't need (the animation code, the result screen): it waits for whatever the
 * first answer needs — the app's start, an early press being acted on — and still loads long
 * before a visitor reaches Continue. Where there is no idle callback (Safari), the next task
 * is the nearest thing: after the start-up work that is already queued. Returns a cancel.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
