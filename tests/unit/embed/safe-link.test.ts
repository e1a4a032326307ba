import { describe, expect, it } from "vitest";
import { safeBookingUrl } from "../../../src/embed/safe-link.ts";

describe("a booking address from the embedding page", () => {
  it("is accepted as a plain https:// address", () => {
    expect(safeBookingUrl("https://clinic.example/book/harbour?from=site")).toBe("https://clinic.example/book/harbour?from=site");
  });

  it.each([
    ["user-info disguising the destination", "https://clinic.example@evil.example/book"],
    ["a user name and password", "https://user:pass@clinic.example/book"],
    ["plain http", "http://clinic.example/book"],
    ["a script", "javascript:alert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["spaces", "https://clinic.example/ book"],
    ["a relative path", "/book"],
    ["no host", "https://"],
  ])("is refused with %s", (_name, value) => {
    expect(safeBookingUrl(value)).toBeNull();
  });
});
