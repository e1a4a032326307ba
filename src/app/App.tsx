/**
 * The visitor's app: the quiz from rules that are known to be good, wired to the host
 * page when embedded, inside the fail-safe that turns any crash into the calm
 * "being updated" screen. The build pre-renders this same tree (scripts/prerender.tsx).
 */
import type { AnswerLog } from "../engine/answers.ts";
import type { HostConnection } from "../embed/connect.ts";
import type { QuizModel } from "../rules/model.ts";
import { FailSafe } from "../ui/FailSafe.tsx";
import { Quiz } from "../ui/Quiz.tsx";
import { SiteFrame } from "../ui/SiteFrame.tsx";
import type { EarlyStart } from "../machine/visit-events.ts";

interface Props {
  model: QuizModel;
  host: HostConnection | null;
  /** What the visitor did on the page before the app took over (see early-start.ts). */
  early?: EarlyStart;
  /** Answers to resume at once (the visitor switched language mid-way). */
  start?: AnswerLog;
}

export function App({ model, host, early, start }: Props) {
  return (
    <FailSafe>
      <SiteFrame rules={model.rules}>
        <Quiz model={model} {...(early ? { early } : {})} {...(start ? { start } : {})} {...(host ? { onEvent: host.onEvent, commands: host.commands } : {})} />
      </SiteFrame>
    </FailSafe>
  );
}
