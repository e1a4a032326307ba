import { describe, expect, it } from "vitest";
import { contrast, parseTheme, textOn } from "../../../src/embed/theme.ts";

describe("theme settings from the host", () => {
  it("accepts plain colours, font names, radii and schemes", () => {
    expect(parseTheme({ accent: "#0a7", font: "Georgia, 'Times New Roman', serif", radius: "12px", theme: "dark" })).toEqual({
      theme: { accent: "#0a7", font: "Georgia, 'Times New Roman', serif", radius: 12, scheme: "dark" },
      rejected: [],
    });
  });

  it.each([
    ["accent", { accent: "red;background:url(//evil)" }],
    ["accent", { accent: "rgb(0,0,0)" }],
    ["font", { font: "x; } body { display: none" }],
    ["font", { font: "url(https://evil/font)" }],
    ["radius", { radius: "999" }],
    ["radius", { radius: "1em" }],
    ["theme", { theme: "neon" }],
  ])("refuses an unsafe or invalid %s", (field, input) => {
    expect(parseTheme(input)).toEqual({ theme: {}, rejected: [field] });
  });

  it("puts readable text on any accent (WCAG AA, 4.5:1)", () => {
    for (const accent of ["#00703c", "#ffd700", "#1d5c8a", "#ff69b4", "#777777", "#000000", "#ffffff", "#0a7"]) {
      expect(contrast(accent, textOn(accent))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps the default palettes above AA contrast for text", () => {
    expect(contrast("#00703c", "#ffffff")).toBeGreaterThanOrEqual(4.5); // buttons, light
    expect(contrast("#4a4a50", "#ffffff")).toBeGreaterThanOrEqual(4.5); // muted text, light
    expect(contrast("#5fd39b", "#111111")).toBeGreaterThanOrEqual(4.5); // buttons, dark
    expect(contrast("#c4c7c5", "#1b1d1e")).toBeGreaterThanOrEqual(4.5); // muted text, dark
    expect(contrast("#ff8a80", "#1b1d1e")).toBeGreaterThanOrEqual(4.5); // errors, dark
  });
});
