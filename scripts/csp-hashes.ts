/**
 * The last step of `npm run build`: hashes every inline <script> and <style> in the built
 * pages (each .html file under dist/) and writes the hashes to dist/nginx-csp.conf, which
 * the nginx config in deploy/nginx/ puts in its Content-Security-Policy. Computed, never
 * typed: the next build allows a new or changed inline script by itself, and inline code a
 * hash can't allow (onclick="…", style="…", javascript: URLs) fails the build with its line.
 * Prints what it found per page, so a new inline script shows in the build output.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { inlineCode } from "./csp/inline-code.ts";

// The build's folder, as vite.config.ts names it: dist/ unless CAREFIT_OUT_DIR says otherwise.
const folder = process.env["CAREFIT_OUT_DIR"] ?? "dist";
const dist = new URL(`../${folder}/`, import.meta.url);
const OUTPUT = "nginx-csp.conf";
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
if (!pages.includes("index.html")) throw new Error(`${folder}/index.html is missing: run the whole \`npm run build\``);

const scripts = new Set<string>();
const styles = new Set<string>();
const problems: string[] = [];
const summary: string[] = [];
for (const page of pages) {
  const found = inlineCode(readFileSync(new URL(page, dist), "utf8"), `${folder}/${page}`);
  found.scripts.forEach((h) => scripts.add(h));
  found.styles.forEach((h) => styles.add(h));
  problems.push(...found.problems);
  const counts = [[found.scripts.length, "inline script"], [found.styles.length, "inline style"]] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}${n > 1 ? "s" : ""}`);
  summary.push(`${page}: ${said.join(", ") || "none"}`);
}
if (problems.length > 0) {
  console.error(`Inline code that the Content-Security-Policy can't allow by hash:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

const list = (hashes: Set<string>) => [...hashes].join(" ");
writeFileSync(
  new URL(OUTPUT, dist),
  [
    "# Written by `npm run build` (scripts/csp-hashes.ts) from this build's pages; don't edit.",
    "# Hashes of their inline scripts and styles, for the CSP in deploy/nginx/carefit.conf:",
    ...summary.map((line) => `#   ${line}`),
    `set $carefit_script_hashes "${list(scripts)}";`,
    `set $carefit_style_hashes "${list(styles)}";`,
    "",
  ].join("\n"),
);
console.log(`CSP hashes → ${folder}/${OUTPUT} (${summary.join("; ")})`);
