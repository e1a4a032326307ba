/**
 * The early capture: a small script the build inlines into index.html (scripts/prerender.tsx)
 * so the pre-rendered page works before the app's code has arrived — the event-replay idea
 * of Angular's hydration and Google's JSAction. It keeps what the visitor does on this device
 * only (nothing is sent anywhere) until the app takes over with take() and acts on it:
 * - Continue on question 1 shows the next screen at once when the build rendered it ahead
 *   for that answer (a <template data-after> per answer of a single-choice first question);
 * - any other Continue is held as the one press to act on, for the screen it was made on;
 * - changing an answer after pressing drops the held press: it was for the old answer;
 * - Back or "Clear my answers" on that next screen return to question 1 (Clear unticks it
 *   and tells the app to delete saved progress);
 * - "None of these" stands alone, as in the app;
 * - the second click of a double click never acts on the screen the first brought up.
 * Forms are never submitted (they are method="dialog", and every submit is stopped here),
 * so no answer reaches the server. While it listens, <html> carries data-early ("waiting"
 * while a press is held, for the stylesheet). A returning visitor's Continue is not acted on:
 * the app then offers "Continue where you left off" or "Start again" (an early answer to
 * question 1 would otherwise start a new visit over their saved answers). It imports only
 * the storage key: it is inlined as built.
 */
import { hasSavedAnswers } from "../store/progress-key.ts";

export interface EarlyAnswer {
  readonly question: string;
  readonly options: readonly string[];
}

export interface EarlyRecord {
  /** The answer to question 1 whose next screen, rendered by the build, is on show. */
  shown?: EarlyAnswer | undefined;
  /** The press of Continue to act on, and the screen it was made on (its data-prerendered key). */
  press?: (EarlyAnswer & { readonly screen: string }) | undefined;
  /** "Clear my answers" was pressed: saved progress from an earlier visit must go too. */
  cleared: boolean;
}

export interface EarlyCapture {
  /** Stops capturing — from now on the app answers every press — and hands over what was kept. */
  take(): EarlyRecord;
}

declare global {
  interface Window {
    carefitEarly?: EarlyCapture;
  }
}

/** Runs in the page's <head>, before the screen below it is parsed: it listens on the document. */
export function installEarlyCapture(win: Window): void {
  const doc = win.document;
  const record: EarlyRecord = { cleared: false };
  const returning = () => {
    try {
      return hasSavedAnswers(win.localStorage);
    } catch {
      return false; // Storage blocked: nothing can have been saved.
    }
  };
  /** The first screen (all of #root's content: the site's frame too) and its key, kept aside while the screen after it is on show. */
  let first: { screen: DocumentFragment; key: string } | undefined;
  // Set when a screen appears, cleared by the first click that starts a series on it.
  let carriedOver = false;

  const mark = (state: "on" | "waiting") => doc.documentElement.setAttribute("data-early", state);
  const hold = (press: EarlyRecord["press"]) => {
    record.press = press;
    mark(press ? "waiting" : "on");
  };
  const show = (root: HTMLElement, screen: Node, key: string) => {
    root.replaceChildren(screen);
    root.dataset["prerendered"] = key;
    carriedOver = true;
    // As the app does on every step: focus lands on (and a screen reader reads) the new heading.
    root.querySelector<HTMLElement>("h1")?.focus();
  };
  const rootOf = (target: EventTarget | null) => {
    const root = doc.getElementById("root");
    return root && target instanceof Element && root.contains(target) ? { root, target } : null;
  };

  const onSubmit = (event: SubmitEvent) => {
    const { root, target: form } = rootOf(event.target) ?? {};
    if (!root || !form) return;
    event.preventDefault();
    if (returning()) return; // The app asks first whether to continue their saved answers.
    const inputs = [...form.querySelectorAll("input")];
    const question = inputs[0]?.name;
    const options = inputs.filter((input) => input.checked).map((input) => input.value);
    if (!question || options.length === 0) return; // Nothing chosen: nothing to act on.
    // Only from the first screen, and for a single answer: the build renders nothing further ahead.
    const ahead = [...doc.querySelectorAll("template")].find(
      (t) => !first && options.length === 1 && t.dataset["question"] === question && t.dataset["after"]?.split(" ").includes(options[0]!),
    );
    if (ahead) {
      const screen = doc.createDocumentFragment();
      screen.append(...root.childNodes);
      first = { screen, key: root.dataset["prerendered"] ?? "" };
      record.shown = { question, options };
      hold(undefined);
      show(root, ahead.content.cloneNode(true), ahead.dataset["screen"] ?? "");
    } else {
      hold({ question, options, screen: root.dataset["prerendered"] ?? "" });
    }
  };

  const onChange = (event: Event) => {
    const { root, target: input } = rootOf(event.target) ?? {};
    if (!root || !(input instanceof HTMLInputElement)) return;
    if (input.type === "checkbox" && input.checked) {
      for (const other of root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
        if (other !== input && other.name === input.name && (other.hasAttribute("data-exclusive") || input.hasAttribute("data-exclusive"))) other.checked = false;
      }
    }
    hold(undefined);
  };

  const onClick = (event: MouseEvent) => {
    const { root, target } = rootOf(event.target) ?? {};
    if (!root || !target) return;
    if (event.detail > 1 && carriedOver) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    carriedOver = false;
    const action = target.closest<HTMLElement>("[data-action]")?.dataset["action"];
    if (!first || (action !== "back" && action !== "clear")) return;
    event.preventDefault();
    record.shown = undefined;
    hold(undefined);
    if (action === "clear") {
      record.cleared = true;
      for (const input of first.screen.querySelectorAll("input")) input.checked = false;
    }
    show(root, first.screen, first.key);
    first = undefined;
  };

  doc.addEventListener("submit", onSubmit, true);
  doc.addEventListener("change", onChange, true);
  doc.addEventListener("click", onClick, true);
  mark("on");
  win.carefitEarly = {
    take() {
      doc.removeEventListener("submit", onSubmit, true);
      doc.removeEventListener("change", onChange, true);
      doc.removeEventListener("click", onClick, true);
      doc.documentElement.removeAttribute("data-early");
      delete win.carefitEarly;
      return record;
    },
  };
}
