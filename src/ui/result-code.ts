/**
 * Everything the result needs, in its own chunk: the recommendation (engine/outcome.ts), the
 * answers listed with it, and the result screen. Question 2 needs none of it, so it stays out
 * of what the first screen loads (its budget) and off a slow link while the first answer is on
 * its way. The quiz asks for it once the page is idle (useResultCode), long before anyone can
 * reach a result; should a visitor get there first, "Getting your result…" shows until it
 * arrives. If it can't be loaded at all, the fail-safe's "being updated" screen (booking link
 * and safety line) shows rather than a blank page or a result that never comes.
 */
import { useEffect, useState } from "react";
import { addResultWords, language } from "./strings.ts";
import { loadResultWords } from "./strings/catalogues.ts";
import { whenIdle } from "./when-idle.ts";

type ResultCode = typeof import("./result-page.ts");

let loaded: ResultCode | undefined;
let loading: Promise<ResultCode> | undefined;

function loadResultCode(): Promise<ResultCode> {
  // With the result screen's words in the visitor's language, which load with it.
  loading ??= Promise.all([import("./result-page.ts"), loadResultWords(language).then(addResultWords)]).then(
    ([{ recommend, answeredQuestions, ResultScreen }]) => (loaded = { recommend, answeredQuestions, ResultScreen }),
  );
  return loading;
}

/** The result's code once it has loaded: asked for at idle, or at once when `needed`. */
export function useResultCode(needed: boolean): ResultCode | undefined {
  const [code, setCode] = useState(loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (code) return;
    let active = true;
    const load = () =>
      void loadResultCode().then(
        (c) => active && setCode(c),
        (error: unknown) => active && setFailure(error ?? new Error("the result's code could not be loaded")),
      );
    const cancel = needed ? (load(), () => {}) : whenIdle(load);
    return () => {
      active = false;
      cancel();
    };
  }, [code, needed]);
  // Only where a result is due: elsewhere the quiz goes on without it.
  if (failure !== null && needed) throw failure;
  return code;
}
