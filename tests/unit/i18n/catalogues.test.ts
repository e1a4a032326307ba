/**
 * Every word of the interface has a French entry: same keys, nothing empty, and nothing
 * left in English (identical text allowed only where listed, e.g. a word both languages share).
 */
import { describe, expect, it } from "vitest";
import { en } from "../../../src/ui/strings/en.ts";
import { fr } from "../../../src/ui/strings/fr.ts";
import type { Catalogue } from "../../../src/ui/strings/catalogue.ts";

/** Keys whose French may equal the English. */
const SAME_IN_BOTH = new Set<string>([]);

const sample = (value: unknown): string =>
  typeof value === "function" ? String((value as (...args: unknown[]) => unknown)(3, "X", "Y")) : String(value);

describe.each([["fr", fr]] as const)("the %s catalogue", (_lang, catalogue: Catalogue) => {
  const keys = Object.keys(en) as (keyof Catalogue)[];

  it("has exactly the English keys", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("translates %s", (key) => {
    const text = sample(catalogue[key]);
    expect(text.trim()).not.toBe("");
    if (!SAME_IN_BOTH.has(key)) expect(text).not.toBe(sample(en[key]));
  });

  it("formats numbers and dates through Intl in its locale", () => {
    expect(catalogue.questionOf(1, 12)).toMatch(/1.*12/);
    expect(catalogue.summaryDate(new Date(2026, 10, 28))).toContain("2026");
    expect(fr.summaryDate(new Date(2026, 10, 28))).toBe("Fait le 28 novembre 2026");
  });
});
