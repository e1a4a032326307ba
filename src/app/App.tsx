/**
 * The visitor's app: the quiz from rules that are known to be good, wired to the host
 * page when embedded, inside the fail-safe that turns any crash into the calm
 * "being updated" screen. The build pre-renders this same tree (scripts/prerender.tsx).
 */
import type { Answer } from "../engine/answers.ts";
import type { HostConnection } from "../embed/connect.ts";
import type { QuizModel } from "../rules/model.ts";
import { FailSafe } from "../ui/FailSafe.tsx";
import { Quiz } from "../ui/Quiz.tsx";
import { SiteFrame } from "../ui/SiteFrame.tsx";

interface Props {
  model: QuizModel;
  host: HostConnection | null;
  /** An answer ticked on the pre-rendered first screen before the app took over. */
  pending?: Answer;
}

export function App({ model, host, pending }: Props) {
  return (
    <FailSafe>
      <SiteFrame rules={model.rules}>
        <Quiz model={model} {...(pending ? { pending } : {})} {...(host ? { onEvent: host.onEvent, commands: host.commands } : {})} />
      </SiteFrame>
    </FailSafe>
  );
}
