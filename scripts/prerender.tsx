/**
 * Runs after `vite build`: renders the first screen (the introduction and question 1)
 * from the built rules into dist/index.html, so visitors can read and answer question 1
 * while the JavaScript downloads; the app then hydrates it. Also inlines the (small)
 * stylesheet so the first paint needs no second request, and preloads the rules file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "../src/app/App.tsx";
import { firstScreenKey } from "../src/app/first-screen.ts";
import { validateRules } from "../src/rules/validate.ts";

const dist = new URL("../dist/", import.meta.url);
const indexFile = new URL("index.html", dist);
let html = readFileSync(indexFile, "utf8");

const checked = validateRules(JSON.parse(readFileSync(new URL("rules/care-quiz.json", dist), "utf8")));
if (!checked.ok) throw new Error("dist/rules/care-quiz.json is invalid; the build should have stopped already");
const model = checked.model;

// The same tree the client hydrates, in its first state.
const markup = renderToString(
  <StrictMode>
    <App model={model} host={null} />
  </StrictMode>,
);
if (!html.includes('<div id="root"></div>')) throw new Error("index.html has no empty #root to fill");
html = html.replace('<div id="root"></div>', `<div id="root" data-prerendered="${firstScreenKey(model)}">${markup}</div>`);

// Inline the stylesheet: one fewer round trip before anything can be drawn.
html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_tag, href: string) => {
  const css = readFileSync(new URL(`.${href}`, dist), "utf8");
  return `<style>${css}</style>`;
});
// Scripts after the content: the pre-rendered screen is parsed and painted first, and
// the scripts (which only hydrate it) are requested right after, not competing with it.
const scripts = html.match(/\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g) ?? [];
for (const tag of scripts) html = html.replace(tag, "");
html = html.replace("</body>", `${scripts.join("")}\n  </body>`);
// Fetch the rules alongside the scripts rather than after them.
html = html.replace("</head>", '  <link rel="preload" href="/rules/care-quiz.json" as="fetch" crossorigin>\n  </head>');

writeFileSync(indexFile, html);
console.log(`prerendered the first screen into dist/index.html (${markup.length} characters)`);
