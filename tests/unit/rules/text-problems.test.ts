/** Mistakes only the file's text shows: a field written twice. */
import { describe, expect, it } from "vitest";
import { checkRulesText, formatLocated } from "../../../src/rules/check-text.ts";
import { cleanRules } from "../fixtures.ts";

const text = JSON.stringify(cleanRules(), null, 2);
const lines = (t: string) => {
  const { problems, model } = checkRulesText(t);
  return { lines: problems.map((p) => formatLocated("f.json", p)), model };
};
const lineOf = (t: string, needle: string) => t.slice(0, t.indexOf(needle)).split("\n").length;

describe("a field written twice", () => {
  it("is an error at the second, naming the line of the first, because JSON.parse silently keeps the last", () => {
    const edited = text.replace('"next": "result"', '"next": "result",\n      "next": "distress"');
    const first = lineOf(edited, '"next": "result"');
    const { lines: found, model } = lines(edited);
    expect(model).toBeNull();
    expect(found).toEqual([
      `f.json:${first + 1}:7 questions[0].next: "next" is written twice in this object (first on line ${first}). Only this one would count and the first would be silently ignored: delete the one you don't mean.`,
    ]);
  });

  it("is found in any object, e.g. an outcome id twice in points", () => {
    const edited = text.replace('"alpha": 1\n', '"alpha": 1,\n            "alpha": 3\n');
    expect(lines(edited).lines).toEqual([expect.stringMatching(/^f\.json:\d+:13 questions\[0\]\.options\[0\]\.points\.alpha: "alpha" is written twice in this object \(first on line \d+\)/)]);
  });
});
