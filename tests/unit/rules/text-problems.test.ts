/**
 * Mistakes only the file's text shows: a field written twice, how the file was
 * saved (byte-order mark, UTF-16, lost characters) and invisible characters.
 */
import { describe, expect, it } from "vitest";
import { checkRulesText, formatLocated } from "../../../src/rules/check-text.ts";
import { decodeRulesFile } from "../../../src/rules/text-encoding.ts";
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

describe("how the file was saved", () => {
  const bytes = (prefix: number[], body: string) => new Uint8Array([...prefix, ...new TextEncoder().encode(body)]);

  it("accepts a UTF-8 byte-order mark with a warning, the same as the browser, which drops it", () => {
    const saved = decodeRulesFile(bytes([0xef, 0xbb, 0xbf], text));
    expect(saved.charCodeAt(0)).toBe(0xfeff);
    const { lines: found, model } = lines(saved);
    expect(model).not.toBeNull();
    expect(found).toEqual([
      'f.json:1:1 warning: The file starts with an invisible byte-order mark (BOM). It is ignored, but save the file as "UTF-8" rather than "UTF-8 with BOM" to remove it.',
    ]);
  });

  it("keeps line and column numbers of later problems the same with a byte-order mark", () => {
    const broken = text.replace('"start": "first"', '"start": "firs"');
    const plain = lines(broken).lines;
    expect(lines(`\uFEFF${broken}`).lines.slice(1)).toEqual(plain);
  });

  it("refuses UTF-16, with or without its byte-order mark, saying how to fix it", () => {
    const utf16 = (withBom: boolean) => {
      const units = [...(withBom ? "\uFEFF" : ""), ...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
      return decodeRulesFile(new Uint8Array(units));
    };
    for (const saved of [utf16(true), utf16(false)]) {
      expect(lines(saved)).toEqual({
        lines: ['f.json:1:1 This file is saved as UTF-16 ("Unicode"), which the quiz can\'t read. Save it again as UTF-8: in most editors, Save As and choose the encoding "UTF-8".'],
        model: null,
      });
    }
  });

  it("warns where a character was lost to another encoding", () => {
    const [before, after] = text.split("Tiny quiz") as [string, string];
    // "é" as Windows-1252 saves it: one byte that isn't UTF-8.
    const saved = decodeRulesFile(new Uint8Array([...bytes([], `${before}Caf`), 0xe9, ...bytes([], ` quiz${after}`)]));
    expect(lines(saved).lines).toEqual([expect.stringMatching(/^f\.json:\d+:\d+ warning: "\uFFFD" marks a character that was lost because the file was saved in another encoding than UTF-8/)]);
  });
});

describe("invisible characters", () => {
  it("names a non-breaking space outside quotes, instead of \"Text must be in double quotes\"", () => {
    const edited = text.replace('  "start"', '\u00a0 "start"');
    expect(lines(edited).lines).toEqual([
      `f.json:${lineOf(edited, "\u00a0")}:1 JSON syntax error: There is a non-breaking space here (often copied from a web page or a word processor), which JSON doesn't allow outside quotes. Delete it and type an ordinary space if one is needed.`,
    ]);
  });

  it("names other invisible spaces and control characters by their code", () => {
    expect(lines(text.replace('  "start"', '\u200b "start"')).lines[0]).toMatch(/There is a zero-width space here, which JSON doesn't allow/);
    expect(lines(text.replace('  "start"', '\u3000 "start"')).lines[0]).toMatch(/There is a special space \(U\+3000\) here/);
    expect(lines(text.replace('"Tiny quiz"', '"Tiny\u0001quiz"')).lines[0]).toMatch(/:\d+:\d+ JSON syntax error: There is an invisible control character \(U\+0001\) inside this text/);
  });

  it("points at a tab inside a text, and accepts tabs between fields (JSON allows them there)", () => {
    const edited = text.replace('"Tiny quiz"', '"Tiny\\"s\tquiz"');
    const column = edited.split("\n")[lineOf(edited, "\t") - 1]!.indexOf("\t") + 1;
    expect(lines(edited).lines).toEqual([
      `f.json:${lineOf(edited, "\t")}:${column} JSON syntax error: There is a tab inside this text, which JSON doesn't allow. Replace it with spaces.`,
    ]);
    expect(lines(text.replaceAll("\n  ", "\n\t")).lines).toEqual([]);
  });

  it("keeps the old message for curly quotes, which are visible", () => {
    expect(lines(text.replace('"Tiny quiz"', "“Tiny quiz”")).lines[0]).toMatch(/Unexpected character\. Text must be in double quotes/);
  });
});
