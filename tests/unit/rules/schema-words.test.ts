/**
 * What editors show staff from the JSON Schema (VS Code's hover and squiggles, the studio's
 * completion) is written in words: every field described, every pattern with a message in
 * words; and the checker's own messages for ids, links and misspelt condition fields too.
 */
import { describe, expect, it } from "vitest";
import schema from "../../../rules/care-quiz.schema.json";
import { checkRulesText } from "../../../src/rules/check-text.ts";
import { cleanRules } from "../fixtures.ts";

type Node = Record<string, unknown>;

/** Every property schema in the file, with a readable path. */
function properties(node: unknown, path: string, out: [string, Node][] = []): [string, Node][] {
  if (typeof node !== "object" || node === null) return out;
  const n = node as Node;
  for (const [key, value] of Object.entries((n["properties"] as Record<string, Node> | undefined) ?? {})) {
    out.push([`${path}.${key}`, value]);
    properties(value, `${path}.${key}`, out);
  }
  if (n["items"]) properties(n["items"], `${path}[]`, out);
  ((n["anyOf"] as unknown[] | undefined) ?? []).forEach((alt, i) => properties(alt, `${path}<${i}>`, out));
  for (const [name, def] of Object.entries((n["$defs"] as Record<string, Node> | undefined) ?? {})) properties(def, `$defs.${name}`, out);
  return out;
}

/** Every schema with a pattern, anywhere. */
function patterns(node: unknown, out: Node[] = []): Node[] {
  if (typeof node !== "object" || node === null) return out;
  if ("pattern" in node) out.push(node as Node);
  for (const value of Object.values(node)) patterns(value, out);
  return out;
}

describe("the rules JSON Schema", () => {
  it("describes every field", () => {
    const all = properties(schema, "");
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter(([, p]) => typeof p["description"] !== "string" || p["description"] === "").map(([path]) => path)).toEqual([]);
  });

  it("gives every pattern a message in words, for editors that would otherwise show the regular expression", () => {
    const found = patterns(schema);
    expect(found.length).toBeGreaterThan(5);
    for (const p of found) {
      expect(p["patternErrorMessage"], String(p["pattern"])).toMatch(/^Use |^Write /);
      expect(p["patternErrorMessage"]).not.toMatch(/[\\^$]|\[a-z/);
    }
  });
});

describe("the checker's messages", () => {
  const errors = (edit: (rules: ReturnType<typeof cleanRules>) => void) => {
    const rules = cleanRules();
    edit(rules);
    return checkRulesText(JSON.stringify(rules, null, 2)).problems.filter((p) => p.severity === "error").map((p) => p.message);
  };

  it("say what an id, a link and an action look like, never as a regular expression", () => {
    const messages = [
      ...errors((r) => void (r.questions[0]!.id = "First Question")),
      ...errors((r) => void (r.booking.url = "http://clinic.example")),
      ...errors((r) => void (r.outcomes[0]!.action = { label: "Call", href: "911" })),
    ];
    expect(messages).toEqual([
      expect.stringContaining('Use lowercase letters, digits and single dashes, e.g. "pain-level".'),
      'Use a full https:// address, e.g. "https://your-clinic.example/book".',
      'Use a phone link such as "tel:911" or a full https:// address.',
    ]);
    for (const m of messages) expect(m).not.toMatch(/[\\^$]|\[a-z/);
  });

  it('suggest the field a condition meant: "include" → "includes", "is" → "equals"', () => {
    const located = (when: object) => {
      const rules = cleanRules();
      rules.questions[0]!.branches = [{ when: { any: [when] } as never, goTo: "distress" }];
      return checkRulesText(JSON.stringify(rules, null, 2)).problems.filter((p) => p.severity === "error");
    };
    expect(located({ question: "first", include: "b" })).toMatchObject([
      { path: ["questions", 0, "branches", 0, "when", "any", 0, "include"], message: 'Unknown field "include" in this condition — did you mean "includes"?' },
    ]);
    expect(located({ question: "first", is: "b" })[0]?.message).toBe('Unknown field "is" in this condition — did you mean "equals"?');
  });
});
