/**
 * `npm run rules:graph [rules.json] [out.svg]`: draws the quiz — questions, branches with
 * their conditions, red-flag exits in red, outcomes — to docs/quiz-flow.svg (shown in
 * rules/README.md). The same picture as the staff preview's map. Exit 1 when the rules have errors.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { layoutFlow } from "../src/staff/flow-graph.ts";
import { flowSvg, svgText } from "../src/staff/flow-svg.ts";
import { readRulesOrExit } from "./lib/read-rules.ts";

const [source = "rules/care-quiz.json", target = "docs/quiz-flow.svg"] = process.argv.slice(2);
const { rules } = readRulesOrExit(source);
const layout = layoutFlow(rules);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${svgText(flowSvg(layout, `${rules.title}: how the questions lead to outcomes`))}\n`);
console.log(`wrote ${target}: ${rules.questions.length} questions, ${rules.outcomes.length} outcomes, ${layout.edges.length} arrows (${layout.width}×${layout.height})`);
