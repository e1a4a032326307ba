/**
 * The vignette suite: short first-person visitor stories, each written before its
 * answers were chosen, answered as that person honestly would, with the disposition
 * the project's safety notes call for. Run through the engine; the printed table is
 * the figure reported in the issue (exact rate, under- and over-triage by category).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recommend } from "../../src/engine/outcome.ts";
import type { QuizModel } from "../../src/rules/model.ts";
import { answerAll, defaultModel } from "../unit/helpers.ts";
import { type Row, table, type Verdict, verdict, type Vignette } from "./disposition.ts";

const vignettes = JSON.parse(readFileSync(new URL("stories.json", import.meta.url), "utf8")) as Vignette[];
// Worked out in each test, not as the file loads, so mutation testing can tell which tests read the engine.
const outcomesOf = (model: QuizModel) => vignettes.map((v) => {
  const result = recommend(model, answerAll(model, v.answers));
  if (!result) throw new Error(`${v.id}: the answers do not reach a result`);
  return { v, result, verdict: verdict(v.expected, result) };
});

describe("the vignette suite", () => {
  it("has the stories the issue asks for", () => {
    const count = (category: string) => vignettes.filter((v) => v.category === category).length;
    expect(vignettes.length).toBeGreaterThanOrEqual(80);
    expect(count("urgent")).toBeGreaterThanOrEqual(25);
    expect(count("older-falls-pregnancy-chronic")).toBeGreaterThanOrEqual(15);
    expect(count("musculoskeletal")).toBeGreaterThanOrEqual(20);
    expect(count("fitness")).toBeGreaterThanOrEqual(15);
    expect(new Set(vignettes.map((v) => v.id)).size).toBe(vignettes.length);
  });

  it("answers every story's questions exactly (no unused or missing answers)", () => {
    const model = defaultModel();
    const unused = vignettes.flatMap((v) => {
      const asked = new Set(answerAll(model, v.answers).map((a) => a.question));
      return Object.keys(v.answers).filter((q) => !asked.has(q)).map((q) => `${v.id}: ${q}`);
    });
    expect(unused).toEqual([]);
  });

  it("never under-triages, and gives the exact disposition for at least 95 %", () => {
    const outcomes = outcomesOf(defaultModel());
    const categories = [...new Set(vignettes.map((v) => v.category)), "all"];
    const rows: Row[] = categories.map((category) => {
      const inCategory = outcomes.filter((o) => category === "all" || o.v.category === category);
      const n = (k: Verdict) => inCategory.filter((o) => o.verdict === k).length;
      return { category, total: inCategory.length, exact: n("exact"), under: n("under-triage"), over: n("over-triage") };
    });
    const misses = outcomes.filter((o) => o.verdict !== "exact").map((o) =>
      `${o.verdict}: ${o.v.id} expected ${o.v.expected.outcome}${o.v.expected.clearance ? " + clearance" : ""}, ` +
        `got ${o.result.outcome.id}${o.result.clearance.length > 0 ? " + clearance" : ""}`);
    console.log(`vignettes (${vignettes.length}):\n${table(rows)}\n${misses.join("\n")}`);
    expect(outcomes.filter((o) => o.verdict === "under-triage").map((o) => o.v.id)).toEqual([]);
    const all = rows.at(-1)!;
    expect(all.exact / all.total).toBeGreaterThanOrEqual(0.95);
  });
});
