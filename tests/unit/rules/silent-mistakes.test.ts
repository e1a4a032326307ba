/**
 * Mistakes that used to pass the checker and then quietly changed what visitors
 * get: red flags on "None of these", links that go elsewhere, names JavaScript
 * reserves, thresholds nobody reaches, branches nobody takes, origins nothing matches.
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

describe("score thresholds no visitor can reach", () => {
  // In cleanRules, "total" is 0 to 4: the multiple-choice question adds 1 for each of four answers.
  it("warns when atLeast is above the most a score can reach", () => {
    expect(edited((r) => { r.decision!.adjustments![0]!.when = { score: "total", atLeast: 5 }; })).toEqual([
      'warning: decision.adjustments[0].when.atLeast: This can never be true: "total" can reach at most 4 (with every answer that adds to it), and this needs at least 5.',
    ]);
  });

  it("warns when atMost is below the least a score can be", () => {
    expect(edited((r) => { r.questions[0]!.branches![0]!.when = { any: [{ question: "first", equals: "b" }, { score: "distress", atMost: -1 }] }; })).toEqual([
      'warning: questions[0].branches[0].when.any[1].atMost: This can never be true: "distress" can go no lower than 0, and this needs at most -1.',
    ]);
  });

  it("counts a none-of-these answer on its own and negative amounts together", () => {
    const rules = cleanRules();
    rules.questions[1]!.options[4]!.scores = { total: 6 };
    rules.questions[1]!.options[3]!.scores = { total: -2 };
    rules.decision!.adjustments![0]!.when = { all: [{ score: "total", atLeast: 6 }, { score: "total", atMost: -2 }] };
    expect(problemsOf(rules)).toEqual([]);
    rules.decision!.adjustments![0]!.when = { any: [{ score: "total", atLeast: 7 }, { score: "total", atMost: -3 }] };
    expect(problemsOf(rules)).toHaveLength(2);
  });
});

describe("branches that are never used", () => {
  const dead = (at: string, first: number) =>
    `warning: ${at}: This branch is never used: branches[${first}] above always applies first, because its condition is true for every visitor who gets here.`;

  it("warns about a branch after one whose score condition always holds", () => {
    expect(edited((r) => {
      r.questions[0]!.branches = [{ when: { score: "total", atLeast: 0 }, goTo: "result" }, { when: { question: "first", equals: "b" }, goTo: "distress" }];
    })).toEqual([dead("questions[0].branches[1]", 0)]);
  });

  it("warns when an earlier branch covers every answer to the question just answered", () => {
    expect(edited((r) => {
      r.questions[0]!.branches = [
        { when: { any: [{ question: "first", equals: "a" }, { question: "first", equals: "b" }] }, goTo: "distress" },
        { when: { not: { score: "total", atLeast: 9 } }, goTo: "result" },
      ];
    })).toContain(dead("questions[0].branches[1]", 0));
  });

  it("stays quiet when the earlier branch can be false", () => {
    expect(edited((r) => {
      r.questions[0]!.branches = [{ when: { question: "first", equals: "a" }, goTo: "result" }, { when: { question: "first", equals: "b" }, goTo: "distress" }];
    })).toEqual([]);
    // "equals" on a multiple-choice question is false when two answers are ticked.
    expect(edited((r) => {
      r.questions[1]!.branches = [
        { when: { any: r.questions[1]!.options.map((o) => ({ question: "distress", equals: o.id })) }, goTo: "result" },
        { when: { question: "distress", includes: "leg" }, goTo: "result" },
      ];
    })).toEqual([]);
  });
});

describe("embed origins that can never match", () => {
  const origin = (entry: string) => edited((r) => { r.embed = { allowedOrigins: [entry] }; });

  it("accepts exact origins, localhost over http, and \"*\"", () => {
    for (const entry of ["https://www.clinic.example", "https://clinic.example:8443", "http://localhost:5173", "*"]) expect(origin(entry)).toEqual([]);
  });

  it.each([
    ["https://WWW.Clinic.example", 'Browsers always report the address in lowercase, so no page will ever match it. Write "https://www.clinic.example".'],
    ["https://clinic.example:443", 'Browsers leave out the standard port (443), so no page will ever match it. Write "https://clinic.example".'],
    ["http://clinic.example", 'Clinic sites are served over https://, and browsers report them that way, so no page will ever match it. Write "https://clinic.example".'],
    ["https://*.clinic.example", 'A "*" only works on its own ("*" = any page); inside an address it is taken literally, so no page will ever match it. List each site by name.'],
    ["https://clinic.example?x=1", 'Browsers report this site as "https://clinic.example", so no page will ever match it. Write that instead.'],
    ["https://staff@clinic.example", 'Origins never contain a user name and "@", so no page will ever match it. Write "https://clinic.example".'],
  ])("warns about %s", (entry, message) => {
    expect(origin(entry)).toEqual([`warning: embed.allowedOrigins[0]: ${message}`]);
  });

  it("still refuses a path or trailing slash outright (the schema's rule)", () => {
    expect(origin("https://clinic.example/")[0]).toMatch(/^error: embed\.allowedOrigins\[0\]: Use an origin like/);
  });
});
