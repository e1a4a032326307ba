/**
 * `npm run size`: builds, then lists everything a visitor's browser must load to show
 * question 1 and make it interactive — the HTML (with the inlined CSS and the
 * pre-rendered first screen), the entry script and its static imports, and the rules
 * file — with raw and gzip sizes, against the budget. Also lists what loads in the
 * background after first paint (the result texts beside the rules file among it), and fails
 * if any staff-only code reaches visitors.
 * One measure per language's page (dist/index.html, dist/fr/index.html…), each against the
 * budget, and none may load another language's catalogue of interface words.
 * Exit 1 above budget. `--no-build` measures the existing dist/.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { resultsFileFor } from "../src/rules/languages.ts";

const BUDGET = 110_000; // bytes, gzip
const dist = new URL("../dist/", import.meta.url);

if (!process.argv.includes("--no-build")) execSync("npm run -s build", { stdio: ["ignore", "ignore", "inherit"] });

const read = (path: string) => readFileSync(new URL(path.replace(/^\//, ""), dist));

/** Chunks a chunk imports statically, and those it imports dynamically. */
function importsOf(file: string) {
  const code = read(file).toString();
  const resolve = (spec: string) => new URL(spec, new URL(file.replace(/^\//, ""), dist)).pathname.replace(new URL(dist).pathname, "/");
  const staticImports = [...code.matchAll(/(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.\.?\/[^"']+\.js)["']/g)].map((m) => resolve(m[1]!));
  const dynamicImports = [...code.matchAll(/import\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
  // Vite writes dynamic imports through its preload helper as a list of deps too (the result's stylesheet among them).
  const listed = [...code.matchAll(/["'](assets\/[^"']+\.(?:js|css))["']/g)].map((m) => `/${m[1]}`);
  return { staticImports, dynamicImports: [...dynamicImports, ...listed] };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
function table(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)} gzip`);
}

type Row = { name: string; raw: number; gzip: number };
const measure = (name: string, bytes: Buffer): Row => ({ name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

/** Each language's page: the default's at the root, the others' in a folder named after the language. */
const pages = ["index.html", ...readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(d.name) && existsSync(new URL(`${d.name}/index.html`, dist)))
  .map((d) => `${d.name}/index.html`)];
const catalogueOf = (file: string) => /^\/assets\/([a-z]{2,3})-[\w-]+\.js$/.exec(file)?.[1];
const languageOf = (page: string) => /<html lang="([^"]+)"/.exec(read(page).toString())?.[1] ?? "?";
const pageLanguages = new Set(pages.map((p) => languageOf(p).split("-")[0]));
let failed = false;
const totals: string[] = [];

for (const page of pages) {
  const html = read(page).toString();
  const language = languageOf(page);
  const critical = new Set<string>();
  const entry = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const queue = [...entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (critical.has(file)) continue;
    critical.add(file);
    if (file.endsWith(".js")) queue.push(...importsOf(file).staticImports);
  }
  // Each file once: the screens rendered ahead for the early capture repeat the logo's preload, fetched once.
  const preloaded = [...new Set([...html.matchAll(/<link[^>]+rel="preload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!))];

  const background = new Set<string>();
  const later = [...critical].filter((f) => f.endsWith(".js")).flatMap((f) => importsOf(f).dynamicImports);
  while (later.length > 0) {
    const file = later.pop()!;
    if (critical.has(file) || background.has(file)) continue;
    background.add(file);
    if (!file.endsWith(".js")) continue;
    const { staticImports, dynamicImports } = importsOf(file);
    later.push(...staticImports, ...dynamicImports);
  }

  const firstScreen: Row[] = [
    measure(`${page} (+ inlined CSS, pre-rendered first screen)`, read(page)),
    ...[...critical].map((f) => measure(f, read(f))),
    ...preloaded.map((f) => measure(`${f} (rules, fetched at start)`, read(new URL(f, new URL(page, "file:///")).pathname))),
  ];
  const backgroundRows = [...background].map((f) => measure(f, read(f)));
  // The texts only a care result shows, beside each rules file: fetched with the result's code.
  for (const rules of preloaded.filter((f) => f.endsWith(".json"))) {
    const results = resultsFileFor(new URL(rules, new URL(page, "file:///")).pathname);
    if (existsSync(new URL(results.replace(/^\//, ""), dist))) backgroundRows.push(measure(`${results} (result texts, fetched with the result's code)`, read(results)));
  }

  console.log(`\n=== ${page} (${language}) ===`);
  table("Loaded to show question 1 and make it interactive:", firstScreen);
  const total = firstScreen.reduce((sum, r) => sum + r.gzip, 0);
  console.log(`  ${"total".padEnd(Math.max(...firstScreen.map((r) => r.name.length)))}  ${"".padStart(9)}  ${kb(total).padStart(9)} gzip  (budget ${kb(BUDGET)})`);
  table("Loaded in the background after first paint (result code, styles and texts, checker, animations, embed bridge):", backgroundRows);
  totals.push(`${page} (${language}): ${kb(total)} gzip`);

  const staffOnly = [...critical, ...background].filter((f) => /\/preview[-.]/.test(f));
  if (staffOnly.length > 0) {
    console.error(`\nStaff-only code reaches visitors: ${staffOnly.join(", ")}`);
    failed = true;
  }
  const otherCatalogues = [...critical].filter((f) => pageLanguages.has(catalogueOf(f)) && catalogueOf(f) !== language.split("-")[0]);
  if (otherCatalogues.length > 0) {
    console.error(`\nAnother language's words load with ${page}: ${otherCatalogues.join(", ")}`);
    failed = true;
  }
  if (total > BUDGET) {
    console.error(`\nOver budget by ${kb(total - BUDGET)} (${total - BUDGET} bytes).`);
    failed = true;
  } else console.log(`\nWithin budget: ${kb(BUDGET - total)} to spare (${BUDGET - total} bytes).`);
}

console.log(`\nFirst load per language: ${totals.join("; ")} (budget ${kb(BUDGET)} each)`);
if (failed) process.exit(1);
