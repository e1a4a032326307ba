// `npm run test:mutation`: runs each pass of stryker.config.mjs (core, walks), then prints
// one table of every mutated file and the total, from the passes' JSON reports, and writes
// it to reports/mutation/summary.md. `-- core` or `-- walks` runs one pass (any pass not run
// is read from its last report); `-- --report` runs none. Exits 1 under the 90 % target.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { PASSES as BY_NAME } from "./mutation-passes.mjs";

const PASSES = Object.keys(BY_NAME);
const TARGET = 90;
const args = process.argv.slice(2);
const chosen = args.filter((a) => a !== "--report");
// --report: print the table from the last reports without running anything.
for (const pass of args.includes("--report") ? [] : chosen.length > 0 ? chosen : PASSES) {
  if (!PASSES.includes(pass)) throw new Error(`No pass "${pass}": use ${PASSES.join(" or ")}.`);
  const run = spawnSync("npx", ["stryker", "run"], { stdio: "inherit", env: { ...process.env, MUTATION_PASS: pass } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const rows = [];
for (const pass of PASSES) {
  const file = `reports/mutation/${pass}.json`;
  if (!existsSync(file)) {
    console.log(`(no report for pass "${pass}" yet: npm run test:mutation -- ${pass})`);
    continue;
  }
  for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(file, "utf8")).files)) {
    // A pass's report also carries the other files' last results over from its incremental file.
    if (!BY_NAME[pass].owns(path)) continue;
    const count = (set) => mutants.filter((m) => set.has(m.status)).length;
    rows.push({ path, pass, detected: count(DETECTED), undetected: count(UNDETECTED), ignored: mutants.filter((m) => m.status === "Ignored").length });
  }
}
rows.sort((a, b) => a.path.localeCompare(b.path));
const score = (d, u) => (d + u === 0 ? 100 : (100 * d) / (d + u));
const line = (cells) => `| ${cells.join(" | ")} |`;
const table = [
  line(["file", "pass", "killed", "survived", "score", "marked equivalent"]),
  line(["---", "---", "---:", "---:", "---:", "---:"]),
  ...rows.map((r) => line([r.path, r.pass, r.detected, r.undetected, `${score(r.detected, r.undetected).toFixed(1)} %`, r.ignored])),
];
const detected = rows.reduce((n, r) => n + r.detected, 0);
const undetected = rows.reduce((n, r) => n + r.undetected, 0);
const total = score(detected, undetected);
table.push(line(["**all**", "", detected, undetected, `**${total.toFixed(1)} %**`, rows.reduce((n, r) => n + r.ignored, 0)]));
const text = table.join("\n");
writeFileSync("reports/mutation/summary.md", `${text}\n`);
console.log(`\n${text}\n\nMutation score ${total.toFixed(1)} % (target ${TARGET} %). Survivors: reports/mutation/<pass>.html`);
process.exit(total >= TARGET ? 0 : 1);
