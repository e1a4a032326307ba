/**
 * The rules plugin with languages: each language built and served as a rules file of its own
 * with its result texts beside it, a missing translation refused at its place, and the
 * French rules in the dev server (the plugin's other duties: rules-plugin.test.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { rulesPlugin } from "../../../scripts/vite/rules-plugin.ts";
import { build, hook, project } from "./plugin-project.ts";
import { isBuiltRules } from "../../../src/app/load-rules.ts";
import { resultsFileFor, rulesFileFor, STAFF_RULES_FILE } from "../../../src/rules/languages.ts";
import { mergeResultTexts } from "../../../src/rules/result-texts.ts";
import type { Rules } from "../../../src/rules/schema.ts";

const defaultRulesText = readFileSync(new URL("../../../rules/care-quiz.json", import.meta.url), "utf8");

describe("the languages in the build", () => {
  const frenchText = readFileSync(new URL("../../../rules/care-quiz.fr.json", import.meta.url), "utf8");

  it("emits each language as a rules file at rulesFileFor's path with its result texts beside it, its hash and fallback baked in", async () => {
    const { plugin, config, ctx, start } = build(defaultRulesText);
    expect(start).not.toThrow();
    hook(plugin, "generateBundle").call(ctx);
    const emitted = new Map(ctx.emitFile.mock.calls.map((call) => { const f = call[0] as { fileName: string; source: string }; return [f.fileName, f.source] as const; }));
    expect([...emitted.keys()]).toEqual([
      "rules/care-quiz.json", "rules/care-quiz.results.json",
      rulesFileFor("fr", ["en", "fr"]), resultsFileFor(rulesFileFor("fr", ["en", "fr"])),
      STAFF_RULES_FILE,
    ]);
    const fr = JSON.parse(emitted.get("rules/fr/care-quiz.json")!) as Rules;
    const french = JSON.parse(frenchText) as Record<string, string>;
    expect(fr.title).toBe(french["title"]);
    // The first-load file names its result texts by hash; together they are the French rules.
    const frResults = emitted.get("rules/fr/care-quiz.results.json")!;
    const { $results: named, ...first } = fr as Rules & { $results: { sha256: string } };
    expect(named.sha256).toBe(createHash("sha256").update(frResults).digest("hex"));
    const merged = mergeResultTexts(first, JSON.parse(frResults) as Record<string, string>);
    expect(merged.unused).toEqual([]);
    expect(merged.rules.outcomes.find((o) => o.id === "physiotherapy")!.summary).toBe(french["outcomes.physiotherapy.summary"]);
    expect(fr.outcomes.find((o) => o.id === "physiotherapy")!.summary).toBeUndefined();
    expect(fr.outcomes.find((o) => o.id === "call-911")!.whatToExpect![0]).toBe(french["outcomes.call-911.whatToExpect.0"]);
    expect(fr.version).toBe(JSON.parse(defaultRulesText).version);
    expect(JSON.parse(config.define?.["__CAREFIT_LANGUAGES__"] ?? "null")).toEqual(["en", "fr"]);
    expect(JSON.parse(config.define?.["__CAREFIT_FALLBACK__"] ?? "null").fr).toEqual({
      booking: { url: fr.booking.url, label: french["booking.label"] },
      emergency: { label: french["outcomes.call-911.action.label"], href: "tel:911" },
      disclaimer: french["disclaimer"],
    });
    vi.stubGlobal("__CAREFIT_RULES_SHA256__", JSON.parse(config.define?.["__CAREFIT_RULES_SHA256__"] ?? "null"));
    const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    expect(await isBuiltRules(bytes(emitted.get("rules/fr/care-quiz.json")!), "fr")).toBe(true);
    expect(await isBuiltRules(bytes(emitted.get("rules/fr/care-quiz.json")!), "en")).toBe(false);
    expect(await isBuiltRules(bytes(emitted.get("rules/care-quiz.json")!), "en")).toBe(true);
    vi.unstubAllGlobals();
  });

  it("refuses to build when a French text is missing, at the line and column of the English text", () => {
    const { root, plugin } = build(defaultRulesText);
    writeFileSync(join(root, "rules/care-quiz.fr.json"), frenchText.replace(/\n {2}"disclaimer": [^\n]*/, "").replace(/,\n}\s*$/, "\n}\n"));
    const line = defaultRulesText.split("\n").findIndex((l) => l.startsWith('  "disclaimer": ')) + 1;
    const ctx = { error: (message: string) => { throw new Error(message); }, warn: vi.fn(), addWatchFile: vi.fn() };
    expect(() => hook(plugin, "buildStart").call(ctx)).toThrow(
      `rules/care-quiz.json:${line}:17 disclaimer: No French text for this in rules/care-quiz.fr.json: add "disclaimer": "…" there.`,
    );
  });

  it("bakes in nothing while a translation has errors", () => {
    const root = project(defaultRulesText);
    rmSync(join(root, "rules/care-quiz.fr.json"));
    expect(hook(rulesPlugin(), "config")({ root })).toEqual({});
  });

  it("serves the French rules in the dev server at the path the build uses, and a message while they have mistakes", () => {
    const root = project(defaultRulesText);
    const server = { ws: { send: vi.fn(), on: vi.fn() }, watcher: { add: vi.fn(), on: vi.fn() }, middlewares: { use: vi.fn() } };
    const plugin = rulesPlugin();
    hook(plugin, "config")({ root });
    hook(plugin, "configureServer")(server);
    // The languages' middleware is the one registered without a path.
    const serve = server.middlewares.use.mock.calls.find((call) => typeof call[0] === "function")![0] as (req: unknown, res: unknown, next: () => void) => void;
    const get = (url: string) => {
      const res = { statusCode: 0, setHeader: vi.fn(), end: vi.fn() };
      const next = vi.fn();
      serve({ url }, res, next);
      return { status: res.statusCode, body: res.end.mock.calls[0]?.[0] as string | undefined, next: next.mock.calls.length > 0 };
    };
    const fr = get("/rules/fr/care-quiz.json?v=1");
    expect(fr.status).toBe(200);
    const served = JSON.parse(fr.body!) as Rules & { $results?: unknown };
    expect(served.title).toBe((JSON.parse(frenchText) as Record<string, string>)["title"]);
    // In one file, result texts included, like the default language's as written: no second file to fetch.
    expect(served.$results).toBeUndefined();
    expect(served.outcomes.find((o) => o.id === "physiotherapy")!.summary).toBe((JSON.parse(frenchText) as Record<string, string>)["outcomes.physiotherapy.summary"]);
    expect(get("/rules/de/care-quiz.json").status).toBe(404);
    expect(get("/src/main.tsx").next).toBe(true);
    expect(get("/rules/examples/start-back.json").next).toBe(true);
    writeFileSync(join(root, "rules/care-quiz.fr.json"), frenchText.replace('"Cou"', '""'));
    const broken = get("/rules/fr/care-quiz.json");
    expect(broken.status).toBe(404);
    expect(broken.body).toMatch(/^rules\/care-quiz\.fr\.json:\d+:\d+ questions\.where\.options\.neck\.label: The French text is empty/m);
  });
});
