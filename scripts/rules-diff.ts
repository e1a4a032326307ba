/**
 * `npm run rules:diff old.json new.json`: what a change to the rules does to visitors —
 * how many visitor paths end at another outcome, grouped by from → to, with an example
 * of each; moves from an urgent outcome to care come first, marked "!!". Exit 0 when
 * compared (whatever changed), 1 when a file can't be read or has errors, 2 on misuse.
 */
import { diffRules } from "../src/staff/diff.ts";
import { formatDiff } from "../src/staff/diff-text.ts";
import { readRulesOrExit } from "./lib/read-rules.ts";

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error("Usage: npm run rules:diff old.json new.json");
  process.exit(2);
}
const [before, after] = files.map(readRulesOrExit) as [ReturnType<typeof readRulesOrExit>, ReturnType<typeof readRulesOrExit>];
process.stdout.write(formatDiff(diffRules(before, after), before, after));
