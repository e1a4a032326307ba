/**
 * Every word of the interface has a French entry: same keys, nothing empty, and nothing
 * left in English (identical text allowed only where listed, e.g. a word both languages share).
 */
import { describe, expect, it } from "vitest";
import { en, enPage } from "../../../src/ui/strings/en.ts";
import { fr, frPage } from "../../../src/ui/strings/fr.ts";
import type { Catalogue, PageWords, ResultWords } from "../../../src/ui/strings/catalogue.ts";
import { enResult } from "../../../src/ui/strings/result-en.ts";
import { frResult } from "../../../src/ui/strings/result-fr.ts";

/** Keys whose French may equal the English. */
const SAME_IN_BOTH = new Set<string>([]);

const sample = (value: unknown): string =>
  typeof value === "function" ? String((value as (...args: unknown[]) => unknown)(3, "X", "Y")) : String(value);

const english = { ...en, ...enResult, ...enPage };

describe.each([["fr", fr, frResult, frPage]] as const)("the %s catalogue", (_lang, first: Catalogue, result: ResultWords, page: PageWords) => {
  const catalogue = { ...first, ...result, ...page };
  const words = catalogue;
  const keys = Object.keys(english) as (keyof typeof english)[];

  it("has exactly the English keys", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("translates %s", (key) => {
    const text = sample(catalogue[key]);
    expect(text.trim()).not.toBe("");
    if (!SAME_IN_BOTH.has(key)) expect(text).not.toBe(sample(english[key]));
  });

  it("formats numbers and dates through Intl in its locale", () => {
    expect(words.questionOf(1, 12)).toMatch(/1.*12/);
    expect(words.summaryDate(new Date(2026, 10, 28))).toContain("2026");
    expect(frResult.summaryDate(new Date(2026, 10, 28))).toBe("Fait le 28 novembre 2026");
  });
});
