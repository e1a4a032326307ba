/**
 * A stand-in clinic website on another origin (127.0.0.1 vs the quiz's localhost),
 * serving host pages that embed the quiz. Used only by the browser tests.
 */
import { createServer } from "node:http";

const [port, quizPort] = process.argv.slice(2).map(Number);
const quiz = `http://localhost:${quizPort}`;

const pages = {
  "/health": "ok",
  "/plain-iframe.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Our clinic</h1><p>Not sure what you need? Try our quiz.</p>
<iframe src="${quiz}/" title="Which care fits me? quiz" style="width:100%;height:640px;border:0"></iframe>
<p>Text below the quiz.</p></main></body></html>`,
};

createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const body = pages[path];
  if (body === undefined) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": path.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain" }).end(body);
}).listen(port, "127.0.0.1");
