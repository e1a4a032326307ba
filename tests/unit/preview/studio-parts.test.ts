/**
 * The studio's pure parts: field help from the JSON Schema, the checker's problems as
 * editor diagnostics, the table of texts a visitor reads, and the edit that changes one.
 */
import { describe, expect, it } from "vitest";
import schema from "../../../rules/care-quiz.schema.json";
import { diagnosticsFor } from "../../../src/preview/editor/diagnostics.ts";
import { describeAt, fieldsAt, type SchemaNode, suggestFields } from "../../../src/preview/editor/schema-help.ts";
import { textEdits } from "../../../src/preview/text-edit.ts";
import { checkRulesText } from "../../../src/rules/check-text.ts";
import { findVisitorText, visitorTexts } from "../../../src/rules/visitor-texts.ts";
import { tinyRules } from "../fixtures.ts";

const root = schema as SchemaNode;
const text = JSON.stringify(tinyRules(), null, 2);

describe("field help from the schema", () => {
  it("knows a question's fields, which are required, and what each is for", () => {
    const fields = fieldsAt(root, ["questions", 0]);
    expect(fields.map((f) => f.name)).toEqual(["id", "type", "text", "help", "options", "branches", "next", "review"]);
    expect(fields.find((f) => f.name === "next")).toMatchObject({ required: true, kind: "text", description: expect.stringContaining("Where to go when no branch applies") });
    expect(fields.find((f) => f.name === "type")?.kind).toBe('"single" or "multiple"');
  });

  it("knows every shape a condition can take", () => {
    const names = fieldsAt(root, ["questions", 0, "branches", 0, "when"]).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["all", "any", "not", "question", "equals", "includes", "score", "atLeast", "atMost"]));
    expect(fieldsAt(root, ["questions", 0, "branches", 0, "when", "any", 0, "not"]).map((f) => f.name)).toContain("includes");
  });

  it("offers the fields an object doesn't have yet, from where a name is being typed", () => {
    const at = text.indexOf('"type": "single"');
    const typed = `${text.slice(0, at)}"he\n      ${text.slice(at)}`;
    const found = suggestFields(root, typed, at + 3);
    expect(found).toMatchObject({ from: at + 1, quoted: true });
    const names = found!.fields.map((f) => f.name);
    expect(names).toContain("help");
    expect(names).not.toContain("type");
    expect(suggestFields(root, text, text.indexOf('"single"') + 2)).toBeNull(); // inside a value
  });

  it("describes the field under the cursor, on its name or its value", () => {
    expect(describeAt(root, text, text.indexOf('"goTo"') + 2)?.description).toMatch(/^A question id, an outcome id, or "result"/);
    expect(describeAt(root, text, text.indexOf('"distress"', text.indexOf('"goTo"')) + 2)?.name).toBe("goTo");
  });
});

describe("diagnostics", () => {
  it("put each problem where the checker located it, with its path, and a whole object only on its first line", () => {
    const diagnose = (broken: string) => diagnosticsFor(broken, checkRulesText(broken).problems).filter((d) => d.severity === "error");
    const typoed = text.replace('"goTo": "distress"', '"goTo": "distres"');
    const [typo] = diagnose(typoed);
    expect(typoed.slice(typo!.from, typo!.to)).toBe('"distres"');
    expect(typo).toMatchObject({ severity: "error", message: expect.stringMatching(/^questions\[0\]\.branches\[0\]\.goTo: .*did you mean "distress"\?$/) });
    const renamed = text.replace('"next": "result"', '"nxt": "result"');
    const missing = diagnose(renamed).find((d) => d.message.endsWith('The field "next" is missing.'))!;
    expect(renamed.slice(missing.from, missing.to)).toBe("{");
  });
});

describe("visitor texts", () => {
  const rules = tinyRules();

  it("list every text a visitor reads under an id path, with its place in the file", () => {
    const texts = visitorTexts(rules);
    expect(texts).toContainEqual({ key: "questions.first.text", path: ["questions", 0, "text"], text: "First?" });
    expect(texts).toContainEqual({ key: "questions.distress.options.leg.label", path: ["questions", 1, "options", 3, "label"], text: "Leg pain" });
    expect(texts).toContainEqual({ key: "outcomes.alpha.explanation.0", path: ["outcomes", 1, "explanation", 0], text: "alpha explained" });
    expect(texts).toContainEqual({ key: "decision.adjustments.0.reason", path: ["decision", "adjustments", 0, "reason"], text: "High distress" });
    expect(new Set(texts.map((t) => t.key)).size).toBe(texts.length);
  });

  it("find a text shown in several places in the one on screen", () => {
    const twice = tinyRules();
    twice.questions[1]!.options[4]!.label = "A";
    expect(findVisitorText(twice, "A", { question: "distress" })?.key).toBe("questions.distress.options.none.label");
    expect(findVisitorText(twice, " A ", { question: "first" })?.key).toBe("questions.first.options.a.label");
    expect(findVisitorText(twice, "Not in the rules", {})).toBeUndefined();
  });
});

describe("changing one text", () => {
  it("replaces that string only, keeping the rest of the file as written", () => {
    const written = text.replace('"text": "First?"', '"text":    "First?"');
    const [change, ...more] = textEdits(written, ["questions", 0, "text"], 'First, "really"?');
    expect(more).toEqual([]);
    const after = written.slice(0, change!.from) + change!.insert + written.slice(change!.to);
    expect(after).toBe(written.replace('"First?"', '"First, \\"really\\"?"'));
  });
});
