/**
 * Runs after `vite build` and before the CSP hashes: writes into dist/index.html, from the
 * built rules,
 * - the first screen (the introduction and question 1), so visitors can read and answer it
 *   while the JavaScript downloads; the app then hydrates it;
 * - the early capture (src/app/early-capture.ts), inline in <head>, so what a visitor does
 *   before the app arrives is kept for it — and, when question 1 is single-choice, the
 *   screen after each of its answers as a <template>, which the capture shows at once on
 *   Continue (answers leading straight to a result get none: the app shows that);
 * - without JavaScript, a line with the booking link.
 * Also inlines the (small) stylesheet so the first paint needs no second request, and
 * preloads the rules file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_RULES_FILE } from "../src/rules/languages.ts";
import { validateRules } from "../src/rules/validate.ts";
import { captureScript } from "./prerender/capture-script.ts";
import { firstScreen, screensAhead } from "./prerender/screens.tsx";

// The build's folder, as vite.config.ts names it: dist/ unless CAREFIT_OUT_DIR says otherwise.
const folder = process.env["CAREFIT_OUT_DIR"] ?? "dist";
const dist = new URL(`../${folder}/`, import.meta.url);
const indexFile = new URL("index.html", dist);
let html = readFileSync(indexFile, "utf8");

const checked = validateRules(JSON.parse(readFileSync(new URL(DEFAULT_RULES_FILE, dist), "utf8")));
if (!checked.ok) throw new Error("dist/rules/care-quiz.json is invalid; the build should have stopped already");
const model = checked.model;

if (!html.includes('<div id="root"></div>')) throw new Error("index.html has no empty #root to fill");
html = html.replace('<div id="root"></div>', `${firstScreen(model)}${screensAhead(model)}`);
// In <head>: listening before any of the screen is drawn, so no press can come first.
html = html.replace("</head>", `  <script>${await captureScript()}</script>\n  </head>`);
const booking = renderToStaticMarkup(
  <p className="quiz">
    This quiz needs JavaScript. You can still book a free consult with the clinic: <a href={model.rules.booking.url}>{model.rules.booking.label}</a>.
  </p>,
);
html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${booking}</noscript>`);

// Inline the stylesheet: one fewer round trip before anything can be drawn.
html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
  // The page names it under the build's base (/assets/… or /quiz/assets/…); it is in dist's assets/.
  const css = readFileSync(new URL(href.replace(/^.*?(?=assets\/)/, ""), dist), "utf8");
  return `<style>${css}</style>`;
});
// Scripts after the content: the pre-rendered screen is parsed and painted first, and
// the scripts (which only hydrate it) are requested right after, not competing with it.
const scripts = html.match(/\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g) ?? [];
for (const tag of scripts) html = html.replace(tag, "");
html = html.replace("</body>", `${scripts.join("")}\n  </body>`);
// Fetch the rules alongside the scripts rather than after them. Relative to the page, as the
// app's fetch is (load-rules.ts): under a sub-path both ask for the same address.
html = html.replace("</head>", `  <link rel="preload" href="${DEFAULT_RULES_FILE}" as="fetch" crossorigin>\n  </head>`);

writeFileSync(indexFile, html);
console.log(`prerendered the first screen and ${html.match(/<template /g)?.length ?? 0} screen(s) ahead into ${folder}/index.html, with the early capture`);
