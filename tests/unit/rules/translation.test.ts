/** Translations of the rules: every text keyed by ids, and localized rules with the same logic (checking translation files: translation-check.test.ts). */
import { describe, expect, it } from "vitest";
import { recommend } from "../../../src/engine/outcome.ts";
import { explorePaths } from "../../../src/engine/paths.ts";
import type { JsonPath } from "../../../src/rules/problems.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { forVisitors, localizeRules, translatableTexts } from "../../../src/rules/translation.ts";
import { checkLanguages, checkTranslationText } from "../../../src/rules/translation-check.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { french, FRENCH, frenchText, input, RULES, rules, rulesText } from "./french-rules.ts";



describe("the texts to translate", () => {
  it("gives every visitor-facing text of the default rules a French entry, and the French file passes the checker cleanly", () => {
    const texts = translatableTexts(rules).filter((t) => t.visitorFacing);
    expect(texts.length).toBeGreaterThan(300);
    const lacking = texts.filter((t) => typeof french[t.key] !== "string" || (french[t.key] as string).trim() === "").map((t) => t.key);
    expect(lacking).toEqual([]);
    const result = checkLanguages({ rulesFile: RULES, rulesText, rules, files: [{ language: "fr", file: FRENCH, text: frenchText }] });
    expect(result.problems).toEqual([]);
    expect([...result.localized.keys()]).toEqual(["en", "fr"]);
  });

  it("leaves no other string in the rules that a visitor reads: every string is a translatable text or a known non-text field", () => {
    const translatable = new Set(translatableTexts(rules).map((t) => JSON.stringify(t.path)));
    // Ids, links, references and staff-only notes: never shown to visitors as words.
    const notText = new Set([
      "$schema", "languages", "version", "start", "id", "type", "kind", "next", "goTo", "question", "equals", "includes", "score",
      "redFlag", "outcome", "primary", "secondary", "tieBreak", "presentations", "href", "url", "param", "allowedOrigins",
      "reviewNote", "by", "on", "phone", "logo",
    ]);
    const strays: string[] = [];
    const walk = (value: unknown, path: JsonPath, field: string | undefined): void => {
      if (typeof value === "string") {
        if (!translatable.has(JSON.stringify(path)) && !notText.has(field ?? "")) strays.push(path.join("."));
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], field));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k], k);
    };
    walk(rules, [], undefined);
    expect(strays).toEqual([]);
  });

  it("keys texts by ids, so reordering questions or options keeps every key", () => {
    const reordered = structuredClone(rules);
    reordered.questions.reverse();
    for (const q of reordered.questions) q.options.reverse();
    const keys = (r: Rules) => translatableTexts(r).map((t) => t.key).sort();
    expect(keys(reordered)).toEqual(keys(rules));
    expect(translatableTexts(rules).map((t) => t.key)).toContain("questions.where.options.neck.label");
  });
});

describe("localized rules", () => {
  const localized = checkTranslationText(input(frenchText)).localized!;

  it("are a complete rules file in French that passes the same checks", () => {
    expect(localized.questions.find((q) => q.id === "where")!.options.find((o) => o.id === "neck")!.label).toBe("Cou");
    expect(localized.disclaimer).toBe(french["disclaimer"]);
    expect(validateRules(localized, { skipReviews: true }).ok).toBe(true);
    // The source is not changed.
    expect(rules.questions.find((q) => q.id === "where")!.options.find((o) => o.id === "neck")!.label).toBe("Neck");
  });

  it("never change the logic: the same answers lead to the same outcomes along the same paths, and only texts differ", () => {
    const model = (r: Rules) => {
      const v = validateRules(r, { skipReviews: true });
      if (!v.ok) throw new Error("invalid");
      return v.model;
    };
    const en = explorePaths(model(rules));
    const fr = explorePaths(model(localized));
    expect(en.truncated).toBe(false);
    expect(fr).toEqual(en);
    // Blank every translatable text: what is left (ids, conditions, points, links) is identical.
    const blank = (r: Rules) => localizeRules(r, new Map(translatableTexts(rules).map((t) => [t.key, "·"])));
    expect(blank(localized)).toEqual(blank(rules));
    expect(localized.languages).toEqual(rules.languages);
  });

  it("served to visitors without staff-only fields, still give every English path the same outcome, points and reasons", () => {
    const model = (r: Rules) => {
      const v = validateRules(r, { skipReviews: true });
      if (!v.ok) throw new Error(JSON.stringify(v.problems));
      return v.model;
    };
    const en = model(rules);
    const served = model(forVisitors(localized));
    expect(served.rules.coverage).toBeUndefined();
    expect(served.rules.outcomes.some((o) => o.review || o.reviewNote)).toBe(false);
    const { paths } = explorePaths(en);
    for (const path of paths) {
      const a = recommend(en, path.answers);
      const b = recommend(served, path.answers);
      expect(b?.outcome.id).toBe(a?.outcome.id);
      expect(b?.urgent).toBe(a?.urgent);
      expect(b?.clearance.length).toBe(a?.clearance.length);
      expect(b?.secondary?.outcome.id).toBe(a?.secondary?.outcome.id);
      expect(b?.points).toEqual(a?.points);
      expect(b?.reasons.length).toBe(a?.reasons.length);
    }
  });
});
