/** `npm run rules:check` as staff run it: located lines and an exit code, never a stack trace. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanRules } from "../fixtures.ts";
import { defaultRules } from "../helpers.ts";

const project = new URL("../../../", import.meta.url).pathname;

/** Runs the command in the project (where tsx is installed) on files written to a temporary folder. */
function rulesCheck(files: Record<string, string | Uint8Array>, missing: string) {
  const dir = mkdtempSync(join(tmpdir(), "carefit-check-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const paths = [...Object.keys(files), missing].map((name) => join(dir, name));
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-check.ts", ...paths], { cwd: project, encoding: "utf8" });
  return { status: run.status, output: (run.stdout + run.stderr).replaceAll(`${dir}/`, "") };
}

describe("npm run rules:check", () => {
  it("reports a condition nested 2,000 deep, a byte-order mark and a missing file as located lines", () => {
    let when = '{"question":"first","equals":"b"}';
    for (let i = 0; i < 2_000; i++) when = `{"not":${when}}`;
    const tiny = JSON.stringify(cleanRules());
    const { status, output } = rulesCheck({
      "deep.json": tiny.replace('{"question":"first","equals":"b"}', when),
      "bom.json": new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(tiny)]),
    }, "missing.json");
    expect(status).toBe(1);
    expect(output).toMatch(/^deep\.json:1:\d+ questions\[0\]\.branches\[0\]\.when: This condition is nested 2,001 deep; the limit is 32\./m);
    expect(output).toMatch(/^bom\.json:1:1 warning: The file starts with an invisible byte-order mark \(BOM\)\./m);
    expect(output).toMatch(/^missing\.json: cannot read: ENOENT/m);
    expect(output).toMatch(/^3 file\(s\) checked: 2 error\(s\), 1 warning\(s\)\.$/m);
    expect(output).not.toMatch(/RangeError|\n\s+at /);
  });

  it("walks a well-formed file path by path: head pain rerouted past its red-flag screen is an error, not a silent change", () => {
    const rules = defaultRules();
    const branch = rules.questions.find((q) => q.id === "how-long")!.branches![0]!;
    branch.when = { any: ["neck", "shoulder-arm", "several"].map((o) => ({ question: "where", includes: o })) };
    const { status, output } = rulesCheck({ "rerouted.json": JSON.stringify(rules, null, 2) }, "also-missing.json");
    expect(status).toBe(1);
    expect(output).toMatch(/^rerouted\.json: safety: "Head, face or jaw pain" reached physiotherapy without the neck-head-red-flags screen: /m);
    expect(output).not.toMatch(/RangeError|\n\s+at /);
  });

  it("checks a rules file's translations: a deleted French string at the line and column of the English it translates, an empty one at its own line", () => {
    const read = (name: string) => readFileSync(new URL(`../../../rules/${name}`, import.meta.url), "utf8");
    const english = read("care-quiz.json");
    const french = read("care-quiz.fr.json")
      .replace(/\n {2}"questions\.where\.options\.neck\.label": "Cou",/, "")
      .replace(/("questions\.reason\.text": )"[^"]*"/, '$1""');
    const where = (JSON.parse(english) as { questions: { id: string; options: { id: string }[] }[] }).questions.findIndex((q) => q.id === "where");
    const neck = (JSON.parse(english) as { questions: { options: { id: string }[] }[] }).questions[where]!.options.findIndex((o) => o.id === "neck");
    const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
    const dir = mkdtempSync(join(tmpdir(), "carefit-check-"));
    writeFileSync(join(dir, "care-quiz.json"), english);
    writeFileSync(join(dir, "care-quiz.fr.json"), french);
    writeFileSync(join(dir, "care-quiz.de.json"), "{}");
    // Naming the translation checks it with its rules file.
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-check.ts", join(dir, "care-quiz.fr.json")], { cwd: project, encoding: "utf8" });
    const output = (run.stdout + run.stderr).replaceAll(`${dir}/`, "");
    expect(run.status).toBe(1);
    expect(output).toContain(`\ncare-quiz.json:${lineOf(english, '"label": "Neck"')}:20 questions[${where}].options[${neck}].label: No French text for this in care-quiz.fr.json: add "questions.where.options.neck.label": "…" there.\n`);
    expect(output).toContain(`\ncare-quiz.fr.json:${lineOf(french, '"questions.reason.text"')}:28 questions.reason.text: The French text is empty: write it (care-quiz.json has "What brings you here today?").\n`);
    expect(output).toMatch(/^care-quiz\.de\.json:1:1 warning: "de" is not in the "languages" of care-quiz\.json, so this file is not used/m);
    expect(output).toMatch(/^1 file\(s\) checked: 2 error\(s\), \d+ warning\(s\)\.$/m);
  });
});
