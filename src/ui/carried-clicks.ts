/**
 * Steps never wait for animation, so the next screen is under the pointer at once — and a
 * fast double click on Continue lands its second click there. That click was meant for the
 * screen that left: it must not tick an answer or press a button on the new one (a health
 * answer nobody chose). A click continues a series when its `detail`, the click count, is
 * above 1; a series that started on this screen had its first click here.
 */
import type { MouseEvent } from "react";

const seriesStartedOn = new WeakSet<EventTarget>();

/** For a screen wrapper's onClickCapture: drops clicks that continue a series begun on an earlier screen. */
export function ignoreCarriedOverClicks(event: MouseEvent<HTMLElement>) {
  if (event.detail <= 1) {
    seriesStartedOn.add(event.currentTarget);
  } else if (!seriesStartedOn.has(event.currentTarget)) {
    event.preventDefault();
    event.stopPropagation();
  }
}
