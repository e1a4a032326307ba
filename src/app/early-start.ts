/**
 * How the app takes over a page the visitor may already have used (early-capture.ts):
 * which screen it hydrates, after which answers, with which ticks, and which press it acts
 * on. A press counts only on the screen it was made on, drawn from the very rules file the
 * build checked: if the file changed since the build, or the screen on show is not the one
 * these rules draw, nothing is acted on — the app renders the first screen afresh, keeping
 * the visitor's choice on question 1 ticked.
 */
import type { Answer } from "../engine/answers.ts";
import type { QuizModel } from "../rules/model.ts";
import type { EarlyStart } from "../machine/visit-events.ts";
import type { EarlyRecord } from "./early-capture.ts";
import { screenKey } from "./screen-key.ts";

export interface StartPlan {
  /** Hydrate the screen on show (it is what these rules draw), or render afresh. */
  hydrate: boolean;
  early: EarlyStart;
  /** "Clear my answers" was pressed before the app arrived: delete saved progress first. */
  clearSaved: boolean;
}

export interface PageState {
  /** The rules are the file the build checked and pre-rendered from. */
  built: boolean;
  /** The key of the screen on show (#root's data-prerendered), if it was pre-rendered. */
  shownKey: string | undefined;
  /** What is ticked on the screen on show. */
  ticked: Answer | null;
  /** What the early capture kept, or null when it did not run. */
  record: EarlyRecord | null;
}

const answer = ({ question, options }: Answer): Answer => ({ question, options: [...options] });

export function planStart(model: QuizModel, { built, shownKey, ticked, record }: PageState): StartPlan {
  const clearSaved = record?.cleared ?? false;
  const shown = record?.shown;
  const answered = shown ? [answer(shown)] : [];
  const onShow = screenKey(model, answered);
  if (shownKey !== onShow || (shown && !built)) {
    const keep = shown ?? ticked;
    return { hydrate: false, early: { answered: [], ...(keep ? { ticked: answer(keep) } : {}) }, clearSaved };
  }
  const press = built && record?.press?.screen === onShow ? answer(record.press) : undefined;
  return { hydrate: true, early: { answered, ...(ticked ? { ticked } : {}), ...(press ? { press } : {}) }, clearSaved };
}
