/**
 * Mistakes that used to pass the checker and then quietly changed what visitors
 * get: red flags on "None of these", links that go elsewhere, names JavaScript reserves.
 */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/rules/problems.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { cleanRules } from "../fixtures.ts";

function problemsOf(rules: unknown): string[] {
  const result = validateRules(rules);
  return (result.ok ? result.warnings : result.problems).map(formatProblem);
}

const edited = (change: (r: Rules) => void) => {
  const rules = cleanRules();
  change(rules);
  return problemsOf(rules);
};

describe("red flags on exclusive options", () => {
  it("refuses a red flag on a \"None of these\" option", () => {
    const result = validateRules((() => { const r = cleanRules(); r.questions[1]!.options[4]!.redFlag = "urgent"; return r; })());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(formatProblem)).toContain(
      'error: questions[1].options[4].redFlag: "None" is marked "exclusive", the answer visitors choose when nothing else applies, so it can\'t be a red flag: people with none of the warning signs would be sent to "urgent". Remove "redFlag" here, or move it to the warning sign it belongs to.',
    );
  });

  it("still accepts red flags on ordinary options", () => {
    expect(edited((r) => {
      r.questions[1]!.options[0]!.redFlag = "urgent";
      r.questions[1]!.review = r.questions[0]!.review; // a red-flag question is due a clinical review
    })).toEqual([]);
  });
});

describe("links", () => {
  const userInfo = 'This link would take visitors to evil.example: in a web address, whatever comes before an "@" is a user name, not the site. Remove "clinic.example@".';

  it("refuses a user name before an @ in the booking link, an outcome's booking link and an action link", () => {
    expect(edited((r) => { r.booking.url = "https://clinic.example@evil.example/book"; })).toEqual([`error: booking.url: ${userInfo}`]);
    expect(edited((r) => { r.outcomes[1]!.booking = { url: "https://clinic.example@evil.example" }; })).toEqual([`error: outcomes[1].booking.url: ${userInfo}`]);
    expect(edited((r) => { r.outcomes[0]!.action = { label: "Call", href: "https://clinic.example@evil.example/call" }; })).toEqual([`error: outcomes[0].action.href: ${userInfo}`]);
  });

  it("says so in words, with no pattern shown", () => {
    expect(edited((r) => { r.booking.url = "https://a:b@evil.example"; })[0]).toMatch(/Remove "a:b@"\.$/);
    expect(edited((r) => { r.booking.url = "https://[clinic"; })).toEqual([
      'error: booking.url: This is not a web address a browser can open: check for a typing mistake after "https://".',
    ]);
  });

  it("accepts an @ after the address, in the path or the query", () => {
    expect(edited((r) => { r.booking.url = "https://clinic.example/book?ref=news@clinic"; })).toEqual([]);
    expect(edited((r) => { r.outcomes[0]!.action = { label: "Call", href: "tel:911" }; })).toEqual([]);
  });
});

describe("names JavaScript reserves", () => {
  const reserved = (key: string) => `"${key}" can't be used as a field name or id: it has a special meaning in JavaScript, and the quiz would silently mix it up. Use another name.`;

  it("refuses __proto__, constructor and prototype as points or scores keys, instead of dropping them", () => {
    // JSON.parse keeps "__proto__" as an ordinary key, as reading the file does; an object literal would not.
    const rules = JSON.parse(JSON.stringify(cleanRules()).replace('"points":{"alpha":1}', '"points":{"__proto__":1}'));
    expect(problemsOf(rules)).toEqual([`error: questions[0].options[0].points.__proto__: ${reserved("__proto__")}`]);
    expect(edited((r) => { r.questions[1]!.options[0]!.scores = { constructor: 1 }; })).toEqual([
      `error: questions[1].options[0].scores.constructor: ${reserved("constructor")}`,
    ]);
    expect(edited((r) => { (r.intro as Record<string, unknown>)["prototype"] = "x"; })).toEqual([`error: intro.prototype: ${reserved("prototype")}`]);
  });

  it("refuses them as ids, which points and scores are keyed by", () => {
    expect(edited((r) => { r.outcomes[1]!.id = "constructor"; })).toContain(
      'error: outcomes[1].id: "constructor" can\'t be used as an id: it has a special meaning in JavaScript, and the quiz would silently mix it up. Use another name.',
    );
  });
});
