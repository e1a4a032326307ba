import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRulesText, formatLocated } from "../../../src/rules/check-text.ts";
import { decodeRulesFile } from "../../../src/rules/text-encoding.ts";

const dir = new URL("../../rules-corpus/", import.meta.url);
const expected = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, string>;
const broken = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f)).sort();
// Read as `npm run rules:check` and the build read them: bytes, decoded keeping a byte-order mark.
const read = (file: string) => decodeRulesFile(readFileSync(new URL(file, dir)));

describe("the corpus of broken rule files", () => {
  it("has at least 25 plausible mistakes, each with an expected message", () => {
    expect(broken.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(broken);
  });

  it("starts from a valid file", () => {
    // Reviews are dated against a fixed day, so the base stays "recently reviewed" in every year.
    const { problems, model } = checkRulesText(read("valid-base.json"), { today: new Date("2026-11-28") });
    expect(problems).toEqual([]);
    expect(model).not.toBeNull();
  });

  it.each(broken)("%s gives its located message", (file) => {
    const { problems, model } = checkRulesText(read(file));
    const lines = problems.map((p) => formatLocated(file, p));
    expect(lines).toContain(expected[file]);
    // Errors reject the file; a warnings-only mistake still loads.
    expect(model === null).toBe(!expected[file]!.includes(" warning: "));
  });
});
