// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { safeStorage } from "../../../src/store/safe-storage.ts";

afterEach(() => vi.restoreAllMocks());

describe("safe storage", () => {
  it("drops a corrupted entry instead of throwing", () => {
    localStorage.setItem("k", "{broken");
    expect(safeStorage.getItem("k")).toBeNull();
    expect(localStorage.getItem("k")).toBeNull();
  });

  it("survives storage that throws on every call, as in a sandboxed iframe", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => { throw new DOMException("denied", "SecurityError"); });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => { throw new DOMException("full", "QuotaExceededError"); });
    expect(safeStorage.getItem("k")).toBeNull();
    expect(() => safeStorage.setItem("k", "{}")).not.toThrow();
  });
});
