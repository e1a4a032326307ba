/** Reads and checks a rules file for a command: the model, or the located problems and exit code 1. */
import { readFileSync } from "node:fs";
import { checkRulesText, formatLocated } from "../../src/rules/check-text.ts";
import type { QuizModel } from "../../src/rules/model.ts";
import { decodeRulesFile } from "../../src/rules/text-encoding.ts";

export function readRulesOrExit(file: string): QuizModel {
  let text: string;
  try {
    text = decodeRulesFile(readFileSync(file));
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    process.exit(1);
  }
  const { model, problems } = checkRulesText(text);
  if (model) return model;
  for (const p of problems.filter((p) => p.severity === "error")) console.error(formatLocated(file, p));
  console.error(`${file} has errors: fix them first (npm run rules:check ${file}).`);
  process.exit(1);
}
