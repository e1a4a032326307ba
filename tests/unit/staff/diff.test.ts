/**
 * "What does my edit change for visitors?" on fixtures whose answers are counted by hand
 * (tests/rules-diff/): a reworded question changes nothing; sending neck pain to the back
 * questions changes 3 of the 4 neck visitors' outcomes, one of them from urgent to care.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRulesText } from "../../../src/rules/check-text.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import { diffRules } from "../../../src/staff/diff.ts";

const project = new URL("../../../", import.meta.url).pathname;
const fixture = (name: string): QuizModel => checkRulesText(readFileSync(`${project}tests/rules-diff/${name}.json`, "utf8")).model!;

describe("diffRules", () => {
  it("finds no change when only words changed", () => {
    const diff = diffRules(fixture("before"), fixture("reworded"));
    expect(diff).toMatchObject({ compared: 6, changed: 0, changes: [], truncated: false });
  });

  it("counts the visitors a rerouted branch sends elsewhere, urgent → care first", () => {
    const diff = diffRules(fixture("before"), fixture("rerouted"));
    // Back and knee visitors: 4 ways, unchanged. Neck visitors now answer the back questions
    // instead: 2 × 2 answer combinations, and only "dizzy, then numb" still ends in the emergency.
    expect(diff.compared).toBe(8);
    expect(diff.changed).toBe(3);
    expect(diff.changes.map((c) => [c.before.outcome, c.after.outcome, c.count, c.urgentToCare])).toEqual([
      ["emergency", "chiropractic", 1, true],
      ["physiotherapy", "emergency", 1, false],
      ["physiotherapy", "chiropractic", 1, false],
    ]);
    expect(diff.changes[0]!.example).toEqual([{ question: "where", options: ["neck"] }, { question: "back-check", options: ["none"] }]);
    expect(diff.changes[0]!.onlyBefore).toEqual([{ question: "neck-check", options: ["dizzy"] }]);
  });

  it("counts the same visitors when the edit is undone, and flags whoever loses an urgent outcome that way", () => {
    const diff = diffRules(fixture("rerouted"), fixture("before"));
    // Numbness (asked on the back questions) no longer sends neck pain to the emergency department.
    expect(diff.changes.map((c) => [c.before.outcome, c.after.outcome, c.count, c.urgentToCare])).toEqual([
      ["emergency", "physiotherapy", 1, true],
      ["chiropractic", "emergency", 1, false],
      ["chiropractic", "physiotherapy", 1, false],
    ]);
  });
});

describe("npm run rules:diff", () => {
  const run = (...files: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-diff.ts", ...files.map((f) => `tests/rules-diff/${f}.json`)], { cwd: project, encoding: "utf8" });

  it("prints the counts, the urgent → care move first and marked, with an example", () => {
    const { status, stdout } = run("before", "rerouted");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Compared 8 visitor paths: 3 paths change outcome\.\nWARNING: 1 path moves from an urgent outcome to a care outcome\.\n\n!! 1 path: Go to an emergency department \(urgent\) → Chiropractic care \(care\)\n {3}e\.g\. where: My neck → back-check: None of these\n {3}\(the old rules also asked neck-check: Yes, dizziness\)\n/);
  });

  it("says a reworded file changes nothing, and refuses a missing file with a message", () => {
    expect(run("before", "reworded").stdout).toBe("Compared 6 visitor paths: no outcome changes.\n");
    const missing = run("before", "missing");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/missing\.json: cannot read: ENOENT/);
  });
});
