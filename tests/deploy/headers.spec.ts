/** What nginx with the shipped config sends: a CSP that fits this build, caching, compression. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { CLINIC_ORIGIN, QUIZ_ORIGIN } from "../../playwright.deploy.config.ts";

const dist = new URL("../../dist/", import.meta.url);
const pages = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
const assets = [...readFileSync(new URL("index.html", dist), "utf8").matchAll(/"\/(assets\/[^"]+)"/g)].map((m) => m[1]!);

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

test("the CSP allows exactly the inline scripts and styles of the pages served, by hash", async ({ browser, request }) => {
  // The browser's own reading of each page (scripts off, so nothing has changed it yet),
  // hashed here: independent of the build step that wrote the hashes into the config.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const inline = { scripts: new Set<string>(), styles: new Set<string>() };
  for (const file of pages) {
    await page.goto(`${QUIZ_ORIGIN}/${file}`);
    const texts = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script:not([src])")].map((s) => s.textContent ?? ""),
      styles: [...document.querySelectorAll("style")].map((s) => s.textContent ?? ""),
    }));
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    texts.scripts.forEach((t) => inline.scripts.add(hash(t)));
    texts.styles.forEach((t) => inline.styles.add(hash(t)));
  }
  await context.close();
  expect(inline.styles.size).toBeGreaterThan(0); // index.html inlines its stylesheet

  const policy = directives((await request.get("/")).headers()["content-security-policy"] ?? "");
  const sorted = (sources: Iterable<string>) => [...sources].sort();
  expect(sorted(policy.get("script-src") ?? [])).toEqual(sorted(["'self'", ...inline.scripts]));
  expect(sorted(policy.get("style-src") ?? [])).toEqual(sorted(["'self'", ...inline.styles]));
});

test("the CSP is strict: only our own files, no inline code but by hash, framing only by the clinic", async ({ request }) => {
  const policy = directives((await request.get("/")).headers()["content-security-policy"] ?? "");
  expect(policy.get("default-src")).toEqual(["'none'"]);
  for (const directive of ["script-src", "style-src"]) {
    expect(policy.get(directive)?.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
  }
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'self'", CLINIC_ORIGIN]);
});

test("hashed assets are cached for a year; pages, rules and the loader are revalidated", async ({ request }) => {
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await request.get(`/${asset}`);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
  for (const path of ["/", "/index.html", "/fr/", "/preview.html", "/rules/care-quiz.json", "/rules/care-quiz.results.json", "/rules/fr/care-quiz.json", "/rules/fr/care-quiz.results.json", "/embed.js"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    expect(response.headers()["etag"], path).toBeTruthy(); // so revalidating costs a 304
  }
  const missing = await request.get("/assets/missing-0000.js");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toBeUndefined();
});

test("text is served gzip-compressed, with Vary for caches", async ({ request }) => {
  const css = (await request.get("/preview.html")).text().then((html) => /href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1]);
  for (const path of ["/", "/preview.html", `/${assets[0]}`, `/${await css}`, "/rules/care-quiz.json", "/rules/fr/care-quiz.results.json", "/embed.js"]) {
    const response = await request.get(path, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers()["content-encoding"], path).toBe("gzip");
    expect(response.headers()["vary"], path).toBe("Accept-Encoding");
  }
});

test("careful defaults: nosniff, no referrer, no server version, no X-Frame-Options, no config files", async ({ request }) => {
  for (const path of ["/", "/rules/care-quiz.json", "/no-such-page"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["server"], path).toBe("nginx");
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors");
  }
  expect((await request.get("/nginx-csp.conf")).status()).toBe(404);
});
