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
 * preloads the rules file. Each rules file is checked whole with its result texts, and the
 * screens drawn from it as the browser loads it.
 * One page per language of the rules: dist/index.html in the default language, and
 * dist/<language>/index.html for each other one (dist/fr/index.html), each with its own
 * <html lang>, title, description and noscript, its own rules file and catalogue preloaded.
 */
import "./prerender/built-languages.ts";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { pagePathFor } from "../src/i18n/language-choice.ts";
import { BUILT_LANGUAGES, rulesFileFor } from "../src/rules/languages.ts";
import { buildModel } from "../src/rules/model.ts";
import type { Rules } from "../src/rules/schema.ts";
import { validateRules } from "../src/rules/validate.ts";
import { setStrings } from "../src/ui/strings.ts";
import type { Catalogue, PageWords } from "../src/ui/strings/catalogue.ts";
import { en, enPage } from "../src/ui/strings/en.ts";
import { fr, frPage } from "../src/ui/strings/fr.ts";
import { readBuiltRules } from "./lib/built-rules.ts";
import { captureScript } from "./prerender/capture-script.ts";
import { firstScreen, screensAhead } from "./prerender/screens.tsx";

const CATALOGUES: Record<string, [Catalogue, PageWords]> = { en: [en, enPage], fr: [fr, frPage] };
// The build's folder, as vite.config.ts names it: dist/ unless CAREFIT_OUT_DIR says otherwise.
const distFolder = process.env["CAREFIT_OUT_DIR"] ?? "dist";
const dist = new URL(`../${distFolder}/`, import.meta.url);
// The source page's comments are for developers: every byte here is on the first load (and #root
// is still empty, so none of React's own markers is among them).
const template = readFileSync(new URL("index.html", dist), "utf8").replace(/\n?[ \t]*<!--[\s\S]*?-->/g, "");
if (!template.includes('<div id="root"></div>')) throw new Error("index.html has no empty #root to fill");
// Where the site is served from, as Vite wrote it into the page ("/", or "/quiz/" for a
// build under a sub-path): every address this script writes starts there, like the app's.
const base = /<script type="module"[^>]*src="([^"]*?)assets\//.exec(template)?.[1];
if (base === undefined) throw new Error("index.html has no module script under assets/ to take the base from");
const capture = await captureScript();
const assets = readdirSync(new URL("assets/", dist));
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

for (const language of BUILT_LANGUAGES) {
  const [words, page] = CATALOGUES[language.split("-")[0]!] ?? [];
  if (!words || !page) throw new Error(`No interface catalogue for "${language}": add src/ui/strings/${language}.ts (see rules/README.md, Languages)`);
  const rulesFile = rulesFileFor(language, BUILT_LANGUAGES);
  // Checked with its result texts, as one; drawn from what the browser starts from, so the
  // fingerprints of the screens (screen-key.ts) are the ones the app computes at start.
  const { served, whole } = readBuiltRules(dist, rulesFile);
  if (!validateRules(whole).ok) throw new Error(`${distFolder}/${rulesFile} (with its result texts) is invalid; the build should have stopped already`);
  const model = buildModel(served as Rules);
  setStrings(language, words, language);

  let html = template.replace(/<html lang="[^"]*">/, `<html lang="${language}">`);
  html = html.replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(page.pageTitle)}</title>`);
  html = html.replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(page.pageDescription)}"`);
  html = html.replace('<div id="root"></div>', `${firstScreen(model)}${screensAhead(model)}`);
  // In <head>: listening before any of the screen is drawn, so no press can come first.
  html = html.replace("</head>", `  <script>${capture}</script>\n  </head>`);
  const booking = renderToStaticMarkup(
    <p className="quiz">
      {page.noscript} <a href={model.rules.booking.url}>{model.rules.booking.label}</a>
    </p>,
  );
  html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${booking}</noscript>`);

  // Inline the stylesheet: one fewer round trip before anything can be drawn.
  html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
    const css = readFileSync(new URL(href.slice(base.length), dist), "utf8");
    return `<style>${css}</style>`;
  });
  // This language's catalogue of interface words, fetched with the scripts (the app imports it at start).
  const chunk = assets.find((f) => new RegExp(`^${language.split("-")[0]}-[\\w-]+\\.js$`).test(f) && readFileSync(new URL(`assets/${f}`, dist), "utf8").includes(words.locale));
  if (!chunk) throw new Error(`No built catalogue chunk for "${language}" in ${distFolder}/assets`);
  html = html.replace("</body>", `<link rel="modulepreload" crossorigin href="${base}assets/${chunk}">\n  </body>`);
  // Scripts after the content: the pre-rendered screen is parsed and painted first, and
  // the scripts (which only hydrate it) are requested right after, not competing with it.
  const scripts = html.match(/\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g) ?? [];
  for (const tag of scripts) html = html.replace(tag, "");
  html = html.replace("</body>", `${scripts.join("")}\n  </body>`);
  // Fetch the rules alongside the scripts rather than after them (not the result texts
  // beside them: the result's code fetches those at idle).
  html = html.replace("</head>", `  <link rel="preload" href="${base}${rulesFile}" as="fetch" crossorigin>\n  </head>`);

  const folder = new URL(pagePathFor(language, BUILT_LANGUAGES), dist);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL("index.html", folder), html);
  console.log(`prerendered the first screen and ${html.match(/<template /g)?.length ?? 0} screen(s) ahead into ${distFolder}/${pagePathFor(language, BUILT_LANGUAGES)}index.html (${language}), with the early capture`);
}
