// @vitest-environment jsdom
/** The host connection: which booking links from the embedding page reach the quiz. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EmbedConfig } from "../../../src/embed/config.ts";
import { connectHost } from "../../../src/embed/connect.ts";
import type { QuizCommand } from "../../../src/ui/quiz-events.ts";
import { defaultRules, uncheckedModel } from "../helpers.ts";

const HOST = "https://www.clinic.example";
const config: EmbedConfig = { embedded: true, instance: "carefit-1", hostOrigin: HOST, shareAnswers: false, theme: {} };

function connect(allowedOrigins: string[]) {
  const rules = defaultRules();
  rules.embed = { allowedOrigins };
  const connection = connectHost(uncheckedModel(rules), config)!;
  const seen: QuizCommand[] = [];
  connection.commands.subscribe((command) => seen.push(command));
  return { connection, seen };
}

/** A message from the embedding page (jsdom's window is its own parent). */
function fromHost(payload: Record<string, unknown>, origin = HOST) {
  const data = { source: "carefit", version: 1, instance: "carefit-1", type: "config", payload };
  window.dispatchEvent(new MessageEvent("message", { data, origin, source: window }));
}

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", class { observe() {} disconnect() {} });
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a booking link sent by the embedding page", () => {
  it("is used when the rules list the page's origin by name, also by screens that subscribe later", () => {
    const { connection, seen } = connect([HOST]);
    fromHost({ bookingUrl: "https://clinic.example/book/harbour" });
    expect(seen).toEqual([{ type: "booking-url", url: "https://clinic.example/book/harbour" }]);
    const later: QuizCommand[] = [];
    connection.commands.subscribe((command) => later.push(command));
    expect(later).toEqual([{ type: "booking-url", url: "https://clinic.example/book/harbour" }]);
  });

  it("is ignored (with a warning) when the page is only allowed through \"*\"", () => {
    const { seen } = connect(["*"]);
    fromHost({ bookingUrl: "https://evil.example/x" });
    expect(seen).toEqual([]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining("only pages listed by name"));
  });

  it("is ignored from a named page when it hides its destination behind user-info", () => {
    const { seen } = connect([HOST]);
    fromHost({ bookingUrl: "https://clinic.example@evil.example/book" });
    expect(seen).toEqual([]);
  });

  it("is ignored when it comes from another origin than the page's", () => {
    const { seen } = connect([HOST, "https://evil.example"]);
    fromHost({ bookingUrl: "https://evil.example/x" }, "https://evil.example");
    expect(seen).toEqual([]);
  });
});
