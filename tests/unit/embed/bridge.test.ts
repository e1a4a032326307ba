import { describe, expect, it, vi } from "vitest";
import { createBridge, sendEvent } from "../../../src/embed/bridge.ts";
import type { QuizEvent } from "../../../src/ui/quiz-events.ts";
import type { EmbedConfig } from "../../../src/embed/config.ts";

const HOST = "https://www.clinic.example";

function fakeWindow() {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.push(fn),
    removeEventListener: vi.fn(),
  } as unknown as Window;
  const deliver = (data: unknown, origin = HOST, source: unknown = parent) =>
    listeners.forEach((fn) => fn({ data, origin, source } as MessageEvent));
  return { win, parent, deliver };
}

const config = (over: Partial<EmbedConfig> = {}): EmbedConfig => ({
  embedded: true, instance: "carefit-1", hostOrigin: HOST, shareAnswers: false, theme: {}, ...over,
});
const envelope = (type: string, payload: unknown = {}) => ({ source: "carefit", version: 1, instance: "carefit-1", type, payload });

describe("the embed bridge", () => {
  it("posts namespaced, versioned messages to the host's exact origin, never to *", () => {
    const { win, parent } = fakeWindow();
    createBridge(config(), ["*"], win)!.post("step", { questionId: "reason", index: 1 });
    expect(parent.postMessage).toHaveBeenCalledWith(envelope("step", { questionId: "reason", index: 1 }), HOST);
  });

  it("does not talk to a host that the rules don't allow, or whose origin is unknown", () => {
    expect(createBridge(config(), ["https://other.example"], fakeWindow().win)).toBeNull();
    expect(createBridge(config(), [], fakeWindow().win)).toBeNull();
    expect(createBridge(config({ hostOrigin: null }), ["*"], fakeWindow().win)).toBeNull();
    expect(createBridge(config({ embedded: false }), ["*"], fakeWindow().win)).toBeNull();
  });

  const log = [{ question: "reason", options: ["pain-injury"] }];
  const visit: QuizEvent[] = [
    { type: "started", resumed: false },
    { type: "step", questionId: "back-red-flags", index: 2, log },
    { type: "completed", result: { outcome: "emergency-today", urgent: true, clearance: false }, log },
    { type: "booking-click", outcome: "physiotherapy" },
  ];
  const heard = (origins: string[], shareAnswers = false) => {
    const { win, parent } = fakeWindow();
    const bridge = createBridge(config({ shareAnswers }), origins, win)!;
    for (const event of visit) sendEvent(bridge, event);
    return parent.postMessage.mock.calls.map(([message]) => [message.type, message.payload]);
  };

  it('tells a host allowed only through "*" that the visit moved on, and nothing about health', () => {
    expect(heard(["*"], true)).toEqual([
      ["started", { resumed: false }],
      ["step", { index: 2 }],
      ["completed", {}],
      ["booking-click", {}],
    ]);
  });

  it("tells a host listed by name which question is shown and which outcome the visitor got", () => {
    expect(heard([HOST])).toEqual([
      ["started", { resumed: false }],
      ["step", { questionId: "back-red-flags", index: 2 }],
      ["completed", { outcome: "emergency-today", urgent: true, clearance: false }],
      ["booking-click", { outcome: "physiotherapy" }],
    ]);
  });

  it("shares answers only when opted in and the origin is listed by name", () => {
    const completed = (origins: string[], share: boolean) => heard(origins, share).find(([type]) => type === "completed")![1];
    expect(completed([HOST], true)).toEqual({ outcome: "emergency-today", urgent: true, clearance: false, answers: log });
    expect(completed(["*", HOST], true)).toHaveProperty("answers", log);
    expect(completed([HOST], false)).not.toHaveProperty("answers");
    expect(completed(["*"], true)).toEqual({});
  });

  it("obeys valid commands from the host and ignores (logging once) everything else", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { win, deliver } = fakeWindow();
    const bridge = createBridge(config(), ["*"], win)!;
    const seen: string[] = [];
    bridge.onCommand((m) => seen.push(m.type));
    deliver(envelope("restart"), "https://evil.example");
    deliver(envelope("restart"), "https://evil.example");
    deliver(envelope("restart"), HOST, { postMessage: vi.fn() });
    deliver({ type: "restart" });
    deliver(envelope("restart", { extra: 1 }));
    deliver(envelope("navigate", { url: "https://evil.example" }));
    deliver({ ...envelope("restart"), instance: "carefit-2" });
    expect(seen).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(4);
    deliver(envelope("restart"));
    deliver(envelope("config", { accent: "#123456" }));
    expect(seen).toEqual(["restart", "config"]);
    warn.mockRestore();
  });
});
