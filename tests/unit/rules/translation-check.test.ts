/**
 * Checking translation files (src/rules/translation-check.ts): each mistake a located problem
 * in the right file, the list of languages and their files, and the served files' names
 * (the texts to translate and localized rules: translation.test.ts).
 */
import { describe, expect, it } from "vitest";
import { fallbackFor, FALLBACK } from "../../../src/ui/fallback.ts";
import {
  DEFAULT_RULES_FILE, languagesOf, rulesFileFor, translationFileFor, translationFileLanguage,
} from "../../../src/rules/languages.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { checkLanguages, checkTranslationText, type FileProblem, type TranslationInput } from "../../../src/rules/translation-check.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { french, FRENCH, frenchText, input, RULES, rules, rulesText } from "./french-rules.ts";

const check = (translationText: string, over: Partial<TranslationInput> = {}) => checkTranslationText(input(translationText, over));

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
const brief = (p: FileProblem) => ({ file: p.file, line: p.line, column: p.column, severity: p.severity });

describe("checking a translation file", () => {
  it("reports a deleted French string in the English file, at the line and column of the text it should translate", () => {
    const deleted = frenchText.replace(/\n {2}"questions\.where\.options\.neck\.label": "Cou",/, "");
    expect(deleted).not.toBe(frenchText);
    const { problems, localized } = check(deleted);
    expect(localized).toBeNull();
    expect(problems.map(brief)).toEqual([{ file: RULES, ...where(rulesText, '"Neck"'), severity: "error" }]);
    expect(problems[0]!.message).toBe('No French text for this in rules/care-quiz.fr.json: add "questions.where.options.neck.label": "…" there.');
  });

  it("reports an empty text at its own line in the French file", () => {
    const empty = frenchText.replace(/("questions\.where\.options\.neck\.label": )"Cou"/, '$1"  "');
    const { problems } = check(empty);
    expect(problems.map(brief)).toEqual([{ file: FRENCH, ...where(empty, '"  "'), severity: "error" }]);
    expect(problems[0]!.message).toContain('The French text is empty: write it (rules/care-quiz.json has "Neck")');
  });

  it("reports a key that is no text of the rules at its name, with the likely one", () => {
    const extra = frenchText.replace('"questions.where.options.neck.label"', '"questions.where.options.nek.label"');
    const { problems } = check(extra);
    expect(problems.map(brief)).toEqual([
      { file: RULES, ...where(rulesText, '"Neck"'), severity: "error" },
      { file: FRENCH, ...where(extra, '"questions.where.options.nek.label"'), severity: "error" },
    ]);
    expect(problems[1]!.message).toBe('No such text in rules/care-quiz.json — did you mean "questions.where.options.neck.label"?');
  });

  it("warns about text identical to the English, unless listed in $sameAsEnglish", () => {
    const same = frenchText.replace('"Cou"', '"Neck"');
    const { problems, localized } = check(same);
    expect(problems.map(brief)).toEqual([{ file: FRENCH, ...where(same, '"Neck"'), severity: "warning" }]);
    expect(problems[0]!.message).toContain('Same text as in rules/care-quiz.json: is it translated? If it is rightly the same, list "questions.where.options.neck.label" in "$sameAsEnglish".');
    expect(localized).not.toBeNull();
    const allowed = same.replace("{", '{\n  "$sameAsEnglish": ["questions.where.options.neck.label"],');
    expect(check(allowed).problems).toEqual([]);
  });

  it("lets staff-only coverage labels fall back to the English, but not visitor text", () => {
    const withoutStaff = Object.fromEntries(Object.entries(french).filter(([k]) => !k.startsWith("coverage.")));
    const { problems, localized } = check(JSON.stringify(withoutStaff, null, 2));
    expect(problems).toEqual([]);
    expect(localized!.coverage).toEqual(rules.coverage);
  });

  it("reports a text that isn't in double quotes", () => {
    const number = frenchText.replace('"Cou"', "42");
    expect(check(number).problems.map((p) => [p.file, p.severity, p.message])).toEqual([
      [FRENCH, "error", 'Write the French text in double quotes, e.g. "questions.where.options.neck.label": "…".'],
    ]);
  });

  it("never throws on hostile input: each is a located problem", () => {
    const deep = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
    const cases = [
      "", "null", "[]", "42", '"text"', "{", '{"title": "a",}', deep, `{"a": ${deep}}`, "x".repeat(2_100_000),
      '{"__proto__": {"title": "x"}, "constructor": "y", "toString": ""}', '{"$sameAsEnglish": "title"}', '{"$sameAsEnglish": [1, "nope"]}',
      "\uFEFF{}", "\uFFFD\uFFFD{}", JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`questions.q${i}.text`, "x"]))),
    ];
    for (const text of cases) {
      const { problems, localized } = check(text);
      expect(localized).toBeNull();
      expect(problems.some((p) => p.severity === "error")).toBe(true);
      for (const p of problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message).not.toMatch(/internal error/);
      }
    }
  });

  it("refuses a text over the length limit", () => {
    const long = frenchText.replace('"Cou"', JSON.stringify("C".repeat(6_000)));
    expect(check(long).problems.map((p) => p.message)).toEqual(["This text is 6,000 characters long; the limit is 5,000."]);
  });
});

describe("languages and their files", () => {
  const both = { rulesFile: RULES, rulesText, rules };

  it("reports a listed language without a file at its place in the \"languages\" list", () => {
    const { problems, localized } = checkLanguages({ ...both, files: [] });
    expect(problems.map(brief)).toEqual([{ file: RULES, ...where(rulesText, '"fr"'), severity: "error" }]);
    expect(problems[0]!.message).toBe('"fr" (French) is listed, but there is no file rules/care-quiz.fr.json with its texts.');
    expect([...localized.keys()]).toEqual(["en"]);
  });

  it("warns about a file for a language that isn't listed, or for the rules' own language", () => {
    const { problems } = checkLanguages({
      ...both,
      files: [
        { language: "fr", file: FRENCH, text: frenchText },
        { language: "de", file: "rules/care-quiz.de.json", text: "{}" },
        { language: "en", file: "rules/care-quiz.en.json", text: "{}" },
      ],
    });
    expect(problems.map((p) => [p.file, p.line, p.column, p.severity, p.message])).toEqual([
      ["rules/care-quiz.de.json", 1, 1, "warning", '"de" is not in the "languages" of rules/care-quiz.json, so this file is not used: add "de" there to offer it.'],
      ["rules/care-quiz.en.json", 1, 1, "warning", 'rules/care-quiz.json itself is in "en" (the first of its "languages"), so this file is not used.'],
    ]);
  });

  it("reports an unreadable file", () => {
    const { problems } = checkLanguages({ ...both, files: [{ language: "fr", file: FRENCH, error: "EACCES" }] });
    expect(problems.map((p) => [p.file, p.severity, p.message])).toEqual([[FRENCH, "error", "cannot read: EACCES"]]);
  });

  it("treats a file without \"languages\" as English only", () => {
    const { languages: _, ...english } = rules;
    expect(languagesOf(english as Rules)).toEqual(["en"]);
    const { problems } = checkLanguages({ rulesFile: RULES, rulesText, rules: english, files: [{ language: "fr", file: FRENCH, text: frenchText }] });
    expect(problems.map((p) => p.severity)).toEqual(["warning"]);
  });

  it("refuses a language listed twice, or one that isn't a language code", () => {
    const twice = validateRules({ ...rules, languages: ["en", "fr", "fr"] });
    expect(!twice.ok && twice.problems.filter((p) => p.severity === "error").map((p) => [p.path, p.message])).toEqual([[["languages", 2], '"fr" is listed twice: list each language once.']]);
    expect(validateRules({ ...rules, languages: ["en", "French"] }).ok).toBe(false);
    expect(validateRules({ ...rules, languages: [] }).ok).toBe(false);
  });
});

describe("file names", () => {
  it("serves the default language at the usual path and each other one in a folder, never at the staff's file name", () => {
    const languages = ["en", "fr"];
    expect(rulesFileFor("en", languages)).toBe(DEFAULT_RULES_FILE);
    expect(rulesFileFor("fr", languages)).toBe("rules/fr/care-quiz.json");
    expect(rulesFileFor("fr", ["fr", "en"])).toBe("rules/care-quiz.json");
    expect(rulesFileFor("en")).toBe("rules/care-quiz.json");
    // Whatever a query string says, the path stays inside rules/.
    expect(rulesFileFor("../../etc", languages)).toBe("rules/care-quiz.json");
    expect(translationFileFor(RULES, "fr")).toBe(FRENCH);
    expect(translationFileLanguage(FRENCH)).toEqual({ rulesFile: RULES, language: "fr" });
    expect(translationFileLanguage("rules/care-quiz.schema.json")).toBeUndefined();
    expect(translationFileLanguage(RULES)).toBeUndefined();
    expect(rulesFileFor("fr", languages)).not.toBe(translationFileFor(RULES, "fr"));
  });

  it("falls back to the default fallback for a language the build didn't bake in", () => {
    expect(fallbackFor("fr")).toBe(FALLBACK);
  });
});
