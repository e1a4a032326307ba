/**
 * Wires a running quiz to its host page: events out, height out, commands in.
 * Returns what the Quiz component needs, or nothing when there is no host to talk to.
 */
import type { QuizModel } from "../rules/model.ts";
import type { QuizCommands, QuizEvent } from "../ui/quiz-events.ts";
import { watchHeight } from "./auto-height.ts";
import { completedPayload, createBridge } from "./bridge.ts";
import type { EmbedConfig } from "./config.ts";
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
  bridge.onCommand((message) => {
    if (message.type === "request-state") sendState();
    if (message.type === "config") {
      const { theme, rejected } = parseTheme(message.payload);
      if (rejected.length > 0) console.warn(`CareFit: ignored invalid theme values: ${rejected.join(", ")}`);
      applyTheme(theme);
    }
  });
  sendState();
  return {
    onEvent(event) {
      if (event.type === "completed") {
        bridge.post("completed", completedPayload(bridge, event.result, event.log));
      } else if (event.type === "started") {
        bridge.post("started", { resumed: event.resumed });
      } else if (event.type === "step") {
        bridge.post("step", { questionId: event.questionId, index: event.index });
      } else {
        bridge.post("booking-click", { outcome: event.outcome });
      }
    },
    commands: {
      subscribe(handler) {
        return bridge.onCommand((message) => {
          if (message.type === "restart") handler("restart");
        });
      },
    },
  };
}
