import { describe, expect, it } from "vitest";
import { asSavedProgress } from "../../../src/store/progress-store.ts";

describe("saved progress", () => {
  it("accepts exactly the shape we write", () => {
    const saved = { rulesVersion: "v1", log: [{ question: "reason", options: ["pain-injury"] }] };
    expect(asSavedProgress(saved)).toEqual(saved);
  });

  it.each([
    ["not an object", "x"],
    ["null", null],
    ["no version", { log: [] }],
    ["log not an array", { rulesVersion: "v1", log: "reason" }],
    ["answer with numeric options", { rulesVersion: "v1", log: [{ question: "reason", options: [1] }] }],
    ["answer without question", { rulesVersion: "v1", log: [{ options: ["a"] }] }],
  ])("discards %s", (_name, value) => {
    expect(asSavedProgress(value)).toEqual({ rulesVersion: null, log: [] });
  });

  it("keeps only the fields it knows, dropping anything extra a tamperer added", () => {
    const saved = { rulesVersion: "v1", log: [{ question: "reason", options: ["a"], note: "<script>" }], extra: 1 };
    expect(asSavedProgress(saved)).toEqual({ rulesVersion: "v1", log: [{ question: "reason", options: ["a"] }] });
  });
});
