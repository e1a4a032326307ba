/**
 * Everything the result needs, in its own chunk: the recommendation (engine/outcome.ts), the
 * answers listed with it, and the result screen. Question 2 needs none of it, so it stays out
 * of what the first screen loads (its budget) and off a slow link while the first answer is on
 * its way. The quiz asks for it once the page is idle (useResultCode), long before anyone can
 * reach a result; should a visitor get there first, "Getting your result…" shows until it
 * arrives. If it can't be loaded at all, the fail-safe's "being updated" screen (booking link
 * and safety line) shows rather than a blank page or a result that never comes.
 *
 * With it come the texts only a care result shows, when the rules came without them
 * (result/texts.ts). If those can't be had at idle, they are asked for once more when a
 * result is due; failing again, the result shows without its details, and says so.
 */
import { useEffect, useState } from "react";
import type { QuizModel } from "../rules/model.ts";
import type { LoadedResult, ResultParts } from "./result/parts.ts";
import { addResultWords, language } from "./strings.ts";
import { loadResultWords } from "./strings/catalogues.ts";
import { whenIdle } from "./when-idle.ts";

type ResultCode = typeof import("./result-page.ts");

let code: Promise<ResultCode> | undefined;
/** The code once it has arrived: a model that came whole is then ready at once (the staff preview's, on every edit). */
let arrived: ResultCode | undefined;

function loadResultCode(): Promise<ResultCode> {
  // With the result screen's words in the visitor's language, which load with it.
  code ??= Promise.all([import("./result-page.ts"), loadResultWords(language).then(addResultWords)]).then(([c]) => (arrived = c));
  return code;
}

/** The result's code and texts once loaded: asked for at idle, or at once when `needed`. */
export function useResultCode(model: QuizModel, needed: boolean): ResultParts | undefined {
  const [loaded, setLoaded] = useState<LoadedResult | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const current = loaded?.source === model ? loaded : arrived?.resultPartsNow(model);
  // Nothing to do once loaded for this model, unless the details failed and a result is now due: one more try.
  const more = !current || (needed && !current.final);
  useEffect(() => {
    if (!more) return;
    let active = true;
    const load = () =>
      void loadResultCode().then((c) => c.loadResultParts(model, needed)).then(
        (l) => active && setLoaded(l),
        (error: unknown) => active && setFailure(error ?? new Error("the result's code could not be loaded")),
      );
    const cancel = needed ? (load(), () => {}) : whenIdle(load);
    return () => {
      active = false;
      cancel();
    };
  }, [more, model, needed]);
  // Only where a result is due: elsewhere the quiz goes on without it.
  if (failure !== null && needed) throw failure;
  // Where a result is due, its details are there or no longer waited for.
  return current && (!needed || current.final) ? current.parts : undefined;
}
