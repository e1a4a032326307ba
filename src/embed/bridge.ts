/**
 * The quiz's side of the iframe conversation: posts events to the host page and
 * takes commands from it, under the rules' allow-list. Outbound messages go only to
 * the host's exact origin, and only if the rules allow that origin ("*" allows any
 * host, but question ids, outcomes and answers go only to origins listed by name).
 * Inbound messages must come from the parent window, from that origin, and match the schema.
 */
import type { QuizEvent } from "../machine/visit-events.ts";
import type { EmbedConfig } from "./config.ts";
import { envelope, inboundSchema, type InboundMessage, type OutboundPayloads, type OutboundType } from "./protocol.ts";

export interface Bridge {
  post<T extends OutboundType>(type: T, payload: OutboundPayloads[T]): void;
  /** Whether the rules list the host's origin by name, not just through "*". */
  readonly named: boolean;
  /** Whether `completed` may carry the answers (opted in and origin listed by name). */
  readonly mayShareAnswers: boolean;
  onCommand(handler: (message: InboundMessage) => void): () => void;
  dispose(): void;
}

export function createBridge(config: EmbedConfig, allowedOrigins: readonly string[], win: Window = window): Bridge | null {
  const host = config.hostOrigin;
  if (!config.embedded || host === null) return null;
  const named = allowedOrigins.includes(host);
  if (!named && !allowedOrigins.includes("*")) {
    console.warn(`CareFit: not sending events to ${host}: it is not in the rules' embed.allowedOrigins.`);
    return null;
  }
  const handlers = new Set<(message: InboundMessage) => void>();
  const warned = new Set<string>();
  const ignore = (why: string) => {
    if (warned.has(why)) return;
    warned.add(why);
    console.warn(`CareFit: ignored a message (${why}). Further ones like it are ignored silently.`);
  };

  const listener = (event: MessageEvent) => {
    if (event.origin !== host) return ignore(`from ${event.origin}, not ${host}`);
    if (event.source !== win.parent) return ignore("not from the page that embeds the quiz");
    const parsed = inboundSchema.safeParse(event.data);
    if (!parsed.success) return ignore("not a valid CareFit message");
    if (parsed.data.instance !== config.instance) return ignore("for another instance");
    for (const handler of handlers) handler(parsed.data);
  };
  win.addEventListener("message", listener);

  return {
    named,
    mayShareAnswers: named && config.shareAnswers,
    post(type, payload) {
      win.parent.postMessage(envelope(config.instance, type, payload), host);
    },
    onCommand(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    dispose() {
      win.removeEventListener("message", listener);
      handlers.clear();
    },
  };
}

/**
 * Tells the host about a quiz event, saying only what it may know: question ids and
 * outcomes to a host listed by name, answers only if the clinic also opted in.
 */
export function sendEvent(bridge: Bridge, event: QuizEvent) {
  const named = bridge.named;
  if (event.type === "started") bridge.post("started", { resumed: event.resumed });
  else if (event.type === "step") bridge.post("step", named ? { questionId: event.questionId, index: event.index } : { index: event.index });
  else if (event.type === "booking-click") bridge.post("booking-click", named ? { outcome: event.outcome } : {});
  else if (!named) bridge.post("completed", {});
  else bridge.post("completed", bridge.mayShareAnswers ? { ...event.result, answers: event.log } : event.result);
}
