/**
 * The visitor's app: shows the quiz from the provisional model at once, and
 * unlocks it when the full rules check passes — or swaps in the calm
 * "being updated" screen if it fails.
 */
import { useEffect, useState } from "react";
import type { Answer } from "../engine/answers.ts";
import type { QuizModel } from "../rules/model.ts";
import type { HostConnection } from "../embed/connect.ts";
import { Quiz } from "../ui/Quiz.tsx";
import { RulesUnavailable } from "../ui/RulesUnavailable.tsx";

type Checked = { ok: true; model: QuizModel } | { ok: false };

interface Props {
  provisional: QuizModel | null;
  checked: Promise<Checked>;
  host: HostConnection | null;
  fallbackBookingUrl?: string;
  /** An answer ticked on the pre-rendered first screen before the app loaded. */
  pending?: Answer;
}

export function App({ provisional, checked, host, fallbackBookingUrl, pending }: Props) {
  const [status, setStatus] = useState<Checked | null>(null);
  useEffect(() => {
    let active = true;
    checked.then((result) => active && setStatus(result));
    return () => {
      active = false;
    };
  }, [checked]);
  if (status?.ok === false) return <RulesUnavailable {...(fallbackBookingUrl ? { bookingUrl: fallbackBookingUrl } : {})} />;
  const model = provisional ?? (status?.ok ? status.model : null);
  if (!model) return null;
  return (
    <Quiz
      model={model}
      locked={status === null}
      {...(pending ? { pending } : {})}
      {...(host ? { onEvent: host.onEvent, commands: host.commands } : {})}
    />
  );
}
