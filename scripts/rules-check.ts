/**
 * `npm run rules:check [--json] [--max-path N] [files…]`: checks rule files the way
 * the app and the build do, printing each problem as file:line:column, its JSON
 * path, what is wrong and how to fix it. A file without mistakes is then walked path by
 * path (engine/safety.ts): a red flag that doesn't end urgent, a visitor not screened,
 * a loop or an unreachable question is an error too. Exit 0 when clean (warnings allowed), 1 with errors.
 * A good rules file's translations next to it (care-quiz.fr.json for "fr" in its "languages")
 * are checked too: a missing text is an error at the line of the text in the rules file.
 * Naming a translation file checks it with its rules file.
 * A file that can't be read is reported like any other mistake; the checker itself never throws.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { checkRulesText, formatLocated } from "../src/rules/check-text.ts";
import { translationFileLanguage } from "../src/rules/languages.ts";
import { checkLanguages } from "../src/rules/translation-check.ts";
import { isTranslationFile, languageFiles } from "./lib/language-files.ts";
import { decodeRulesFile } from "../src/rules/text-encoding.ts";
import { proveSafety } from "../src/engine/safety.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const maxAt = args.indexOf("--max-path");
const maxPathLength = maxAt === -1 ? undefined : Number(args[maxAt + 1]);
if (maxPathLength !== undefined && !(maxPathLength > 0)) {
  console.error("--max-path takes a positive number of questions");
  process.exit(2);
}
const files = args.filter((a, i) => !a.startsWith("--") && (maxAt === -1 || i !== maxAt + 1));
function defaultTargets(): string[] {
  try {
    const names = readdirSync("rules");
    // A translation (care-quiz.fr.json) is checked with its rules file, not as one.
    const isTranslation = (f: string) => names.includes(translationFileLanguage(f)?.rulesFile ?? "");
    return names.filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json") && !isTranslation(f)).map((f) => `rules/${f}`);
  } catch {
    console.error("There is no rules folder here: run this in the project folder, or name the files to check.");
    process.exit(2);
  }
}
const targets = [...new Set((files.length > 0 ? files : defaultTargets()).map((f) => isTranslationFile(f, existsSync) ?? f))];

let errors = 0;
let warnings = 0;
const report: { file: string; problems: readonly unknown[] }[] = [];
for (const file of targets) {
  let text: string;
  try {
    text = decodeRulesFile(readFileSync(file));
  } catch (e) {
    errors += 1;
    if (json) report.push({ file, problems: [{ severity: "error", message: `cannot read: ${(e as Error).message}` }] });
    else console.error(`${file}: cannot read: ${(e as Error).message}`);
    continue;
  }
  const { problems: located, model } = checkRulesText(text, maxPathLength === undefined ? {} : { maxPathLength });
  const unsafe = model ? proveSafety(model) : [];
  const languages = model ? checkLanguages({ rulesFile: file, rulesText: text, rules: model.rules, files: languageFiles(file) }).problems : [];
  const problems = [...located, ...unsafe.map((message) => ({ severity: "error" as const, message: `safety: ${message}` })), ...languages];
  errors += problems.filter((p) => p.severity === "error").length;
  warnings += problems.filter((p) => p.severity === "warning").length;
  if (json) report.push({ file, problems });
  else {
    for (const p of located) console.log(formatLocated(file, p));
    for (const message of unsafe) console.log(`${file}: safety: ${message}`);
    for (const p of languages) console.log(formatLocated(p.file, p));
  }
}

if (json) console.log(JSON.stringify({ errors, warnings, files: report }, null, 2));
else console.log(`${targets.length} file(s) checked: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors > 0 ? 1 : 0);
