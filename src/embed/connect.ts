/**
 * Wires a running quiz to its host page: events out, height out, commands in.
 * Returns what the Quiz component needs, or nothing when there is no host to talk to.
 * A booking link from the host is used only if the rules list its origin by name:
 * "*" lets any page embed the quiz, and so must not let any page redirect its visitors.
 */
import type { QuizModel } from "../rules/model.ts";
import type { QuizCommand, QuizCommands, QuizEvent } from "../machine/visit-events.ts";
import { watchHeight } from "./auto-height.ts";
import { createBridge, sendEvent } from "./bridge.ts";
import type { EmbedConfig } from "./config.ts";
import { safeBookingUrl } from "./safe-link.ts";
import { applyTheme, parseTheme } from "./theme.ts";

export interface HostConnection {
  onEvent: (event: QuizEvent) => void;
  commands: QuizCommands;
}

export function connectHost(model: QuizModel, config: EmbedConfig): HostConnection | null {
  const bridge = createBridge(config, model.rules.embed?.allowedOrigins ?? []);
  if (!bridge) return null;
  let height = 0;
  const sendState = () => {
    bridge.post("ready", { rulesVersion: model.rules.version });
    if (height > 0) bridge.post("resize", { height });
  };
  watchHeight((h) => {
    height = h;
    bridge.post("resize", { height: h });
  });
  const quizHandlers = new Set<(command: QuizCommand) => void>();
  // Kept for the quiz screens that subscribe after the host sent it.
  let booking: QuizCommand | null = null;
  const acceptBooking = (url: string) => {
    const safe = bridge.named ? safeBookingUrl(url) : null;
    if (safe === null) {
      const why = bridge.named ? "it is not a plain https:// address" : "only pages listed by name in the rules' embed.allowedOrigins may set it";
      console.warn(`CareFit: ignored the page's booking link (${why}).`);
      return;
    }
    booking = { type: "booking-url", url: safe };
    for (const handler of quizHandlers) handler(booking);
  };
  bridge.onCommand((message) => {
    if (message.type === "request-state") sendState();
    if (message.type === "restart") for (const handler of quizHandlers) handler({ type: "restart" });
    if (message.type === "config") {
      const { bookingUrl, ...settings } = message.payload;
      const { theme, rejected } = parseTheme(settings);
      if (rejected.length > 0) console.warn(`CareFit: ignored invalid theme values: ${rejected.join(", ")}`);
      applyTheme(theme);
      if (bookingUrl !== undefined) acceptBooking(bookingUrl);
    }
  });
  sendState();
  return {
    onEvent: (event) => sendEvent(bridge, event),
    commands: {
      subscribe(handler) {
        quizHandlers.add(handler);
        if (booking) handler(booking);
        return () => quizHandlers.delete(handler);
      },
    },
  };
}
