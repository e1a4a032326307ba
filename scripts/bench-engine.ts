/**
 * `npm run bench:engine`: the rules checker and the engine on generated rule sets of
 * 10 / 100 / 1,000 questions (1,000 is the limit a rules file may have). Prints a
 * table (median of several runs); timings live here, never as assertions in tests.
 */
import { checkRulesText } from "../src/rules/check-text.ts";
import { validateRules } from "../src/rules/validate.ts";
import { replay, targetAfter } from "../src/engine/route.ts";
import type { Answer } from "../src/engine/answers.ts";
import { generateRules } from "./bench/generate-rules.ts";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
const rows: string[][] = [["questions", "check file (text → located problems)", "check model (schema + logic)", "answer step (route + replay)", "path length"]];

for (const size of [10, 100, 1_000]) {
  const rules = generateRules(size);
  const text = JSON.stringify(rules, null, 2);
  const runs = 15;
  const checkText = time(runs, () => {
    const { model } = checkRulesText(text, { maxPathLength: size + 1 });
    if (!model) throw new Error("generated rules should be valid");
  });
  const checkModel = time(runs, () => validateRules(rules, { maxPathLength: size + 1 }));
  const checked = validateRules(rules, { maxPathLength: size + 1 });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
  const model = checked.model;

  // Walk the whole quiz answering "b" (never a red flag), timing each step as the app does it.
  const log: Answer[] = [];
  const steps: number[] = [];
  for (;;) {
    const start = performance.now();
    const { step } = replay(model, log);
    if (step.kind !== "question") break;
    log.push({ question: step.question.id, options: ["b"] });
    targetAfter(model, log);
    steps.push(performance.now() - start);
  }
  rows.push([size.toLocaleString("en"), fmt(checkText), fmt(checkModel), `${fmt(median(steps))} median, ${fmt(Math.max(...steps))} max`, String(log.length)]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}
