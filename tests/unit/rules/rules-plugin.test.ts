/** The build and dev-server side of the rules: same checker, same messages, never a broken site. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { rulesPlugin } from "../../../scripts/vite/rules-plugin.ts";
import { build, hook, project } from "./plugin-project.ts";
import { isBuiltRules } from "../../../src/app/load-rules.ts";
import type { Rules } from "../../../src/rules/schema.ts";
import { cleanRules } from "../fixtures.ts";

const defaultRulesText = readFileSync(new URL("../../../rules/care-quiz.json", import.meta.url), "utf8");
const tinyText = JSON.stringify(cleanRules(), null, 2);
/** cleanRules with its branch condition wrapped in 2,000 "not"s: this used to end the build with a raw RangeError. */
const deepText = tinyText.replace(/"when": (\{[^}]*\})/, (_, leaf: string) => `"when": ${'{ "not": '.repeat(2_000)}${leaf}${" }".repeat(2_000)}`);
const depthError = /rules\/care-quiz\.json:\d+:\d+ questions\[0\]\.branches\[0\]\.when: This condition is nested 2,001 deep; the limit is 32\./;

describe("the rules in the build", () => {
  it("builds with good rules, bakes in what the \"being updated\" screen needs, and ships the file as a static asset", () => {
    const { plugin, config, ctx, start } = build(defaultRulesText);
    expect(start).not.toThrow();
    const rules = JSON.parse(defaultRulesText) as Rules;
    const mostUrgent = rules.outcomes.find((o) => o.kind === "urgent" && o.action)!;
    expect(JSON.parse(config.define?.["__CAREFIT_FALLBACK__"] ?? "null")).toMatchObject({
      en: {
        booking: { url: rules.booking.url, label: rules.booking.label },
        emergency: mostUrgent.action,
        disclaimer: rules.disclaimer,
      },
    });
    hook(plugin, "generateBundle").call(ctx);
    expect(ctx.emitFile).toHaveBeenCalledWith(expect.objectContaining({ type: "asset", fileName: "rules/care-quiz.json" }));
    expect(JSON.parse(ctx.emitFile.mock.calls[0]![0].source).version).toBe(JSON.parse(defaultRulesText).version);
  });

  it("bakes in the hash of the file it ships, which the browser recognises in the bytes it is served", async () => {
    const { plugin, config, ctx, start } = build(defaultRulesText);
    start();
    hook(plugin, "generateBundle").call(ctx);
    const shipped = ctx.emitFile.mock.calls[0]![0].source as string;
    const baked = JSON.parse(config.define?.["__CAREFIT_RULES_SHA256__"] ?? "null") as string;
    vi.stubGlobal("__CAREFIT_RULES_SHA256__", baked);
    const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    expect(await isBuiltRules(bytes(shipped))).toBe(true);
    // Compact, and without what only staff read: visitors download what they need.
    expect(shipped.length).toBeLessThan(defaultRulesText.length * 0.8);
    expect(JSON.parse(shipped)).not.toHaveProperty("coverage");
    // The file staff edit, put on the server as it is, is a changed file: checked in full.
    expect(await isBuiltRules(bytes(defaultRulesText))).toBe(false);
    expect(await isBuiltRules(bytes(shipped.replace("Which care fits me?", "Which care fits me? ")))).toBe(false);
    vi.unstubAllGlobals();
  });

  it("bakes in nothing from broken rules: the app keeps its defaults, and checks whatever it is served", () => {
    const { config } = build(defaultRulesText.replace('"start": "reason"', '"start": "reasons"'));
    expect(config.define ?? {}).toEqual({});
  });

  it("refuses to build on broken rules, with the checker's located messages", () => {
    const broken = defaultRulesText.replace('"next": "limits"', '"next": "limit"');
    const { start } = build(broken);
    expect(start).toThrow(/The quiz rules have mistakes, so the build stopped:\nrules\/care-quiz\.json:\d+:\d+ questions\[\d+\]\.next: "limit" is not a question id, an outcome id, or "result" — did you mean "limits"\?/);
  });

  it("refuses well-formed rules that are unsafe: head pain no longer reaching its red-flag screen", () => {
    const rules = JSON.parse(defaultRulesText) as Rules;
    const branch = rules.questions.find((q) => q.id === "how-long")!.branches![0]!;
    branch.when = { any: ["neck", "shoulder-arm", "several"].map((o) => ({ question: "where", includes: o })) };
    const { start } = build(JSON.stringify(rules, null, 2));
    expect(start).toThrow(/^The quiz rules are not safe, so the build stopped:$/m);
    expect(start).toThrow(/^rules\/care-quiz\.json: "Head, face or jaw pain" reached physiotherapy without the neck-head-red-flags screen: /m);
    // Thousands of paths can break at once: the build shows the first few, rules:check lists them all.
    expect(start).toThrow(/^… and \d+ more: run npm run rules:check to see them all\.$/m);
  });

  it("refuses a clinic logo that isn't in public/, rather than ship a broken image", () => {
    const broken = defaultRulesText.replace('"logo": "logo.svg"', '"logo": "missing-logo.svg"');
    expect(build(broken).start).toThrow(/clinic\.logo: there is no file public\/missing-logo\.svg/);
  });

  it("refuses a syntax error too, pointing at its line", () => {
    const broken = defaultRulesText.replace('"title": "Which care fits me?",', '"title": "Which care fits me?",,');
    expect(build(broken).start).toThrow(/rules\/care-quiz\.json:5:\d+ JSON syntax error/);
  });
});

describe("a byte-order mark in the build", () => {
  it("is accepted with a warning, as the browser and the checker do; the file ships without it, and its hash is of what ships", async () => {
    const { plugin, config, ctx, start } = build(`\uFEFF${tinyText}`);
    expect(start).not.toThrow();
    expect(ctx.warn).toHaveBeenCalledWith(expect.stringContaining("rules/care-quiz.json:1:1 warning: The file starts with an invisible byte-order mark (BOM)."));
    hook(plugin, "generateBundle").call(ctx);
    const shipped = ctx.emitFile.mock.calls[0]![0].source as string;
    expect(shipped.startsWith("{")).toBe(true);
    expect(JSON.parse(shipped).title).toBe(JSON.parse(tinyText).title);
    vi.stubGlobal("__CAREFIT_RULES_SHA256__", JSON.parse(config.define?.["__CAREFIT_RULES_SHA256__"] ?? "null"));
    expect(await isBuiltRules(new TextEncoder().encode(shipped).buffer as ArrayBuffer)).toBe(true);
    vi.unstubAllGlobals();
  });
});

describe("the build never crashes on a rules file", () => {
  it("refuses a condition nested 2,000 deep with its located message", () => {
    expect(build(deepText).start).toThrow(depthError);
  });

  it("stops with a message, not an exception from the file system, when the rules file is missing", () => {
    const plugin = rulesPlugin();
    const root = project(tinyText);
    rmSync(join(root, "rules/care-quiz.json"));
    expect(hook(plugin, "config")({ root })).toEqual({});
    const ctx = { error: (message: string) => { throw new Error(message); }, warn: vi.fn(), addWatchFile: vi.fn() };
    expect(() => hook(plugin, "buildStart").call(ctx)).toThrow(/rules\/care-quiz\.json:1:1 The rules file can't be read \(ENOENT/);
  });
});

describe("the rules in the dev server", () => {
  function devServer(root: string) {
    const handlers: Record<string, (file: string) => void> = {};
    const server = {
      ws: { send: vi.fn(), on: vi.fn() },
      watcher: { add: vi.fn(), on: (event: string, fn: (file: string) => void) => { handlers[event] = fn; } },
      middlewares: { use: vi.fn() },
    };
    const plugin = rulesPlugin();
    hook(plugin, "config")({ root });
    hook(plugin, "configureServer")(server);
    return { server, change: () => handlers["change"]!(join(root, "rules/care-quiz.json")) };
  }

  it("shows a mistake in the error overlay as it is saved, and reloads once it is fixed", () => {
    const root = project(defaultRulesText);
    const { server, change } = devServer(root);
    writeFileSync(join(root, "rules/care-quiz.json"), defaultRulesText.replace('"start": "reason"', '"start": "reasons"'));
    change();
    expect(server.ws.send).toHaveBeenLastCalledWith({
      type: "error",
      err: expect.objectContaining({
        message: expect.stringContaining('rules/care-quiz.json:14:12 start: "reasons" is not a question id — did you mean "reason"?'),
        loc: expect.objectContaining({ line: 14, column: 12 }),
      }),
    });
    writeFileSync(join(root, "rules/care-quiz.json"), defaultRulesText);
    change();
    expect(server.ws.send).toHaveBeenLastCalledWith({ type: "full-reload" });
  });

  it("shows a condition nested 2,000 deep in the overlay, and a deleted file as a message, without crashing the server", () => {
    const root = project(tinyText);
    const { server, change } = devServer(root);
    writeFileSync(join(root, "rules/care-quiz.json"), deepText);
    expect(change).not.toThrow();
    expect(server.ws.send).toHaveBeenLastCalledWith({ type: "error", err: expect.objectContaining({ message: expect.stringMatching(depthError) }) });
    rmSync(join(root, "rules/care-quiz.json"));
    expect(change).not.toThrow();
    expect(server.ws.send).toHaveBeenLastCalledWith({
      type: "error",
      err: expect.objectContaining({ message: expect.stringContaining("rules/care-quiz.json:1:1 The rules file can't be read (ENOENT") }),
    });
    // The app's request for the file gets a plain 404, not an exception inside the server.
    const serve = server.middlewares.use.mock.calls[0]![1] as (req: unknown, res: unknown) => void;
    const res = { statusCode: 0, setHeader: vi.fn(), end: vi.fn() };
    serve({}, res);
    expect(res.statusCode).toBe(404);
    expect(res.end).toHaveBeenCalledWith(expect.stringContaining("The rules file can't be read"));
  });
});
