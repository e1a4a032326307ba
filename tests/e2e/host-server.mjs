/**
 * A stand-in clinic website on another origin (127.0.0.1 vs the quiz's localhost),
 * serving host pages that embed the quiz. Used only by the browser tests.
 * /embed.html takes the snippet's data attributes as query parameters
 * (e.g. ?share-answers&count=2); /forger.html is a third-party frame on yet another
 * origin (localhost:HOST_PORT) that tries to command the quiz; /plain-iframe.html frames
 * the quiz without the loader, passing its own query string on to the quiz.
 * ?loader=http://localhost:PORT/quiz/embed.js on /embed.html pastes the loader from another
 * address of this machine (a build served under a sub-path).
 */
import { createServer } from "node:http";

const [port, quizPort] = process.argv.slice(2).map(Number);
const quiz = `http://localhost:${quizPort}`;
const ATTRIBUTES = ["booking-url", "accent", "font", "radius", "theme", "share-answers", "title", "lang"];
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;font-family:Georgia,serif">${body}</body></html>`;

function embedPage(query) {
  const attrs = ATTRIBUTES.filter((a) => query.has(a)).map((a) => ` data-${a}="${escape(query.get(a) ?? "")}"`).join("");
  const count = Math.min(Number(query.get("count") ?? 1), 3);
  const quizzes = Array.from({ length: count }, (_, i) => `<div id="quiz-${i + 1}" data-carefit-quiz${attrs}></div>`).join("\n<p>Between the quizzes.</p>\n");
  const forger = query.has("forger") ? `<iframe id="forger" title="Advert" src="http://localhost:${port}/forger.html" style="width:300px;height:60px"></iframe>` : "";
  return page("Clinic page", `<main><h1>Our clinic</h1><p style="height:${query.get("above") ?? 100}px">Text above the quiz.</p>
${quizzes}
<p>Text below the quiz.</p>${forger}</main>
<script>
  window.events = [];
  document.addEventListener("carefit:ready", (e) => window.events.push({ on: e.target.id, type: "ready", detail: e.detail }));
  for (const type of ["started", "step", "completed", "booking-click", "resize"]) {
    document.addEventListener("carefit:" + type, (e) => window.events.push({ on: e.target.id, type, detail: e.detail }));
  }
</script>
<script src="${escape(loaderOf(query))}" async></script>`);
}

/** The loader's address: the quiz's, or one named on this machine (never another site's). */
function loaderOf(query) {
  const asked = query.get("loader");
  return asked && /^http:\/\/localhost:\d+\/[\w/-]*embed\.js$/.test(asked) ? asked : `${quiz}/embed.js`;
}

const forger = page("Advert", `<p>Ad</p><script>
  window.forge = (type) => window.parent.frames[0].postMessage({ source: "carefit", version: 1, instance: "carefit-1", type, payload: {} }, "*");
</script>`);

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const html = (body) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  if (url.pathname === "/health") return res.writeHead(200).end("ok");
  if (url.pathname === "/embed.html") return html(embedPage(url.searchParams));
  if (url.pathname === "/forger.html") return html(forger);
  if (url.pathname === "/plain-iframe.html") {
    return html(page("Clinic page", `<main><h1>Our clinic</h1><p>Not sure what you need? Try our quiz.</p>
<iframe src="${quiz}/${escape(url.search)}" title="Which care fits me? quiz" style="width:100%;height:640px;border:0"></iframe>
<p>Text below the quiz.</p></main>`));
  }
  res.writeHead(404).end("not found");
}).listen(port, "127.0.0.1");
