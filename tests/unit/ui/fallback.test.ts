/** What the "being updated" screen takes from the last good rules, chosen at build time. */
import { describe, expect, it } from "vitest";
import { DEFAULT_FALLBACK, fallbackFrom } from "../../../src/ui/fallback.ts";
import { defaultRules, uncheckedModel } from "../helpers.ts";

describe("the fallback baked into the build", () => {
  it("takes the action of the most urgent outcome: the first urgent one listed that has an action", () => {
    const rules = defaultRules();
    const urgent = rules.outcomes.filter((o) => o.kind === "urgent");
    urgent[0]!.action = { label: "Call 112", href: "tel:112" };
    urgent[1]!.action = { label: "Find an emergency department", href: "https://ed.example/find" };
    expect(fallbackFrom(uncheckedModel(rules)).emergency).toEqual({ label: "Call 112", href: "tel:112" });
    delete urgent[0]!.action;
    expect(fallbackFrom(uncheckedModel(rules)).emergency).toEqual({ label: "Find an emergency department", href: "https://ed.example/find" });
  });

  it("falls back to calling 911 when no urgent outcome says what to do", () => {
    const rules = defaultRules();
    for (const outcome of rules.outcomes) delete outcome.action;
    expect(fallbackFrom(uncheckedModel(rules)).emergency).toEqual(DEFAULT_FALLBACK.emergency);
  });

  it("keeps the rules' booking link and disclaimer", () => {
    const rules = defaultRules();
    rules.booking.url = "https://harbour.example/book";
    rules.disclaimer = "Not medical advice.";
    const fallback = fallbackFrom(uncheckedModel(rules));
    expect(fallback.booking).toEqual({ url: "https://harbour.example/book", label: rules.booking.label });
    expect(fallback.disclaimer).toBe("Not medical advice.");
  });
});
