import { describe, expect, it, vi } from "vitest";
import { completedPayload, createBridge } from "../../../src/embed/bridge.ts";
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
  embedded: true, instance: "carefit-1", hostOrigin: HOST, shareAnswers: false, theme: {}, rejectedTheme: [], ...over,
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

  it("shares answers only when opted in and the origin is listed by name", () => {
    const log = [{ question: "reason", options: ["pain-injury"] }];
    const result = { outcome: "physiotherapy", urgent: false, clearance: false };
    expect(completedPayload(createBridge(config({ shareAnswers: true }), [HOST], fakeWindow().win)!, result, log)).toEqual({ ...result, answers: log });
    expect(completedPayload(createBridge(config({ shareAnswers: true }), ["*"], fakeWindow().win)!, result, log)).toEqual(result);
    expect(completedPayload(createBridge(config({ shareAnswers: false }), [HOST], fakeWindow().win)!, result, log)).toEqual(result);
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
