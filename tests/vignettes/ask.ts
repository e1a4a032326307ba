/**
 * Plays the quiz in a terminal, one question at a time, the way a visitor meets it:
 * given the answers so far (question id → option ids, as JSON), prints the next
 * question with its options, or the result. Used to answer a vignette honestly,
 * question by question, without reading the rules file.
 *
 *   npx tsx tests/vignettes/ask.ts '{"reason":["pain-injury"]}'
 */
import { readFileSync } from "node:fs";
import { recommend } from "../../src/engine/outcome.ts";
import { answerProblem, replay } from "../../src/engine/route.ts";
import { validateRules } from "../../src/rules/validate.ts";

const checked = validateRules(JSON.parse(readFileSync(new URL("../../rules/care-quiz.json", import.meta.url), "utf8")));
if (!checked.ok) throw new Error("rules/care-quiz.json has errors: run npm run rules:check");
const model = checked.model;
const script = JSON.parse(process.argv[2] ?? "{}") as Record<string, string[]>;

const log = [];
for (;;) {
  const { step } = replay(model, log);
  if (step.kind !== "question") break;
  const answer = script[step.question.id];
  if (!answer) {
    const q = step.question;
    console.log(`NEXT QUESTION [${q.id}] (${q.type === "single" ? "pick one" : "select all that apply"})`);
    console.log(`  ${q.text}`);
    if (q.help) console.log(`  (${q.help})`);
    for (const o of q.options) console.log(`  - ${o.id}: ${o.label}${o.help ? ` (${o.help})` : ""}`);
    process.exit(0);
  }
  const problem = answerProblem(step.question, answer);
  if (problem !== null) {
    console.log(`INVALID ANSWER to [${step.question.id}]: ${problem}`);
    process.exit(1);
  }
  log.push({ question: step.question.id, options: answer });
}
const result = recommend(model, log);
console.log(`RESULT: ${result?.outcome.title ?? "none"}${result && result.clearance.length > 0 ? " (with the check-with-your-doctor note)" : ""}`);
