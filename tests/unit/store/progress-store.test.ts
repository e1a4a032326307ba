import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { asSavedProgress, savedLogFor, useProgressStore } from "../../../src/store/progress-store.ts";

const HOUR = 3_600_000;
const log = [{ question: "reason", options: ["pain-injury"] }];

describe("saved progress", () => {
  it("accepts exactly the shape we write", () => {
    const saved = { rulesVersion: "v1", log, startedAt: 1_700_000_000_000, language: "fr" };
    expect(asSavedProgress(saved)).toEqual(saved);
  });

  it("keeps the chosen language with the answers, or alone, and drops one that isn't a language code", () => {
    expect(asSavedProgress({ rulesVersion: "v1", log, startedAt: 1 }).language).toBeNull();
    expect(asSavedProgress({ language: "fr" })).toEqual({ rulesVersion: null, log: [], startedAt: null, language: "fr" });
    expect(asSavedProgress({ rulesVersion: "v1", log, startedAt: 1, language: "<b>" }).language).toBeNull();
  });

  it("remembers the language when the answers are cleared", () => {
    useProgressStore.getState().setLanguage("fr");
    useProgressStore.getState().save("v1", log);
    useProgressStore.getState().clear();
    expect(useProgressStore.getState()).toMatchObject({ log: [], language: "fr" });
    useProgressStore.setState({ language: null });
  });

  it.each([
    ["not an object", "x"],
    ["null", null],
    ["no version", { log: [], startedAt: 1 }],
    ["log not an array", { rulesVersion: "v1", log: "reason", startedAt: 1 }],
    ["answer with numeric options", { rulesVersion: "v1", log: [{ question: "reason", options: [1] }], startedAt: 1 }],
    ["answer without question", { rulesVersion: "v1", log: [{ options: ["a"] }], startedAt: 1 }],
    ["no start time (saved before progress expired)", { rulesVersion: "v1", log }],
    ["a start time that is not a number", { rulesVersion: "v1", log, startedAt: "yesterday" }],
  ])("discards %s", (_name, value) => {
    expect(asSavedProgress(value)).toEqual({ rulesVersion: null, log: [], startedAt: null, language: null });
  });

  it("keeps only the fields it knows, dropping anything extra a tamperer added", () => {
    const saved = { rulesVersion: "v1", log: [{ question: "reason", options: ["a"], note: "<script>" }], startedAt: 5, extra: 1 };
    expect(asSavedProgress(saved)).toEqual({ rulesVersion: "v1", log: [{ question: "reason", options: ["a"] }], startedAt: 5, language: null });
  });
});

describe("saved progress expires", () => {
  const start = new Date("2026-11-28T09:00:00Z").getTime();
  const at = (hours: number) => vi.setSystemTime(start + hours * HOUR);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    useProgressStore.getState().clear();
    at(0);
    useProgressStore.getState().save("v1", log);
  });
  afterEach(() => vi.useRealTimers());

  it("is offered for 24 hours by default, counted from the first answer", () => {
    at(20);
    useProgressStore.getState().save("v1", [...log, { question: "where", options: ["back"] }]);
    at(23.9);
    expect(savedLogFor("v1")).toHaveLength(2);
    at(24);
    expect(savedLogFor("v1")).toEqual([]);
  });

  it("once expired, is removed from the device, as if never saved", () => {
    at(25);
    expect(savedLogFor("v1")).toEqual([]);
    at(1);
    expect(savedLogFor("v1")).toEqual([]);
    expect(useProgressStore.getState()).toMatchObject({ rulesVersion: null, log: [], startedAt: null });
  });

  it("follows the rules' keepProgressHours", () => {
    at(1.5);
    expect(savedLogFor("v1", 2)).toEqual(log);
    at(2.5);
    expect(savedLogFor("v1", 2)).toEqual([]);
  });

  it("starts a new clock after the visitor starts over", () => {
    at(10);
    useProgressStore.getState().save("v1", []);
    at(11);
    useProgressStore.getState().save("v1", log);
    at(30);
    expect(savedLogFor("v1")).toEqual(log);
  });

  it("distrusts a start time in the future (a changed clock or a tampered entry)", () => {
    at(-1);
    expect(savedLogFor("v1")).toEqual([]);
  });
});
