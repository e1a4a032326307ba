/**
 * False while rendering on the server and while hydrating the pre-rendered first
 * screen, true otherwise. Anything that depends on this device (saved progress) or
 * on the app having loaded must wait for it, so the hydrating render matches the HTML.
 */
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useMounted(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
