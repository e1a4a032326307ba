/**
 * The result screen, in its own chunk: question 2 needs none of it, so it stays out of what
 * the first screen loads (the first-screen budget) and off a slow link while the first answer
 * is on its way. The quiz asks for it once the page is idle (loadResultScreen), so it is there
 * long before anyone can reach a result; should a visitor get there first, the screen says it
 * is loading until it arrives. If it can't be loaded at all, the fail-safe's "being updated"
 * screen, with its booking link and safety line, shows instead of a blank page.
 */
import { type ComponentProps, use } from "react";
import { strings } from "./strings.ts";

type Module = Pick<typeof import("./ResultScreen.tsx"), "ResultScreen">;

let loaded: Module | undefined;
let loading: Promise<Module> | undefined;

/** Starts loading the result screen (once); resolves when it is ready. */
export function loadResultScreen(): Promise<Module> {
  loading ??= import("./ResultScreen.tsx").then(({ ResultScreen }) => (loaded = { ResultScreen }));
  return loading;
}

export function ResultScreen(props: ComponentProps<Module["ResultScreen"]>) {
  // Synchronous once loaded; before that, suspends until it is (the quiz shows ResultLoading).
  const { ResultScreen: Screen } = loaded ?? use(loadResultScreen());
  return <Screen {...props} />;
}

/** Shown in the rare case a result is reached before its screen's code has arrived. */
export function ResultLoading() {
  return (
    <p role="status" className="hint">
      {strings.loadingResult}
    </p>
  );
}
