/**
 * Vite plugin: the rules file in builds and in the dev server.
 * - Build: checks rules/care-quiz.json with the same checker as `npm run rules:check`
 *   and refuses to build on errors; emits the file as a static asset that the app
 *   loads at start, so a clinic can replace it on its server without rebuilding.
 * - Dev: serves the file, shows problems in Vite's error overlay as it is edited,
 *   and reloads the page once it is fixed.
 * - Both: bakes into the app what the "being updated" screen needs from the last good
 *   rules (booking link, emergency action, disclaimer), so even a broken file at run time
 *   leaves visitors a way to book and to call for help; and the SHA-256 of the file that
 *   passed, so visitors' browsers skip the check when they are served that same file.
 * Nothing here throws on a bad file: a missing or unreadable file is a located
 * message like any other mistake.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { checkRulesText, formatLocated, type TextCheck } from "../../src/rules/check-text.ts";
import { proveSafety } from "../../src/engine/safety.ts";
import { fallbackFrom } from "../../src/rules/fallback.ts";
import { decodeRulesFile, withoutBom } from "../../src/rules/text-encoding.ts";

const RULES_FILE = "rules/care-quiz.json";

/** The file as saved (a byte-order mark included, so the checker can warn about it), or why it can't be read. */
function read(root: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: decodeRulesFile(readFileSync(resolve(root, RULES_FILE))) };
  } catch (error) {
    return { ok: false, message: `The rules file can't be read (${(error as Error).message}).` };
  }
}

function check(root: string): { text: string; result: TextCheck } {
  const file = read(root);
  if (!file.ok) {
    const problem = { path: [], message: file.message, severity: "error", line: 1, column: 1, offset: 0, length: 0 } as const;
    return { text: "", result: { problems: [problem], model: null } };
  }
  return { text: file.text, result: checkRulesText(file.text) };
}

function report(result: TextCheck, severity: "error" | "warning") {
  return result.problems.filter((p) => p.severity === severity).map((p) => formatLocated(RULES_FILE, p)).join("\n");
}

export function rulesPlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;

  const showInOverlay = () => {
    if (!server) return;
    const { result } = check(root);
    if (result.model) {
      server.ws.send({ type: "full-reload" });
      return;
    }
    const first = result.problems.find((p) => p.severity === "error");
    server.ws.send({
      type: "error",
      err: {
        message: `The quiz rules have mistakes:\n${report(result, "error")}`,
        stack: "",
        plugin: "carefit-rules",
        id: resolve(root, RULES_FILE),
        ...(first ? { loc: { file: resolve(root, RULES_FILE), line: first.line, column: first.column } } : {}),
      },
    });
  };

  return {
    name: "carefit-rules",
    config(config) {
      root = resolve(config.root ?? process.cwd());
      const { text, result } = check(root);
      if (!result.model) return {};
      // The hash of the bytes shipped (generateBundle emits this text, without a byte-order mark, as UTF-8).
      const sha256 = createHash("sha256").update(withoutBom(text), "utf8").digest("hex");
      return {
        define: {
          __CAREFIT_FALLBACK__: JSON.stringify(fallbackFrom(result.model)),
          __CAREFIT_RULES_SHA256__: JSON.stringify(sha256),
        },
      };
    },
    buildStart() {
      const { result } = check(root);
      if (!result.model) this.error(`The quiz rules have mistakes, so the build stopped:\n${report(result, "error")}`);
      // Well-formed is not enough: every way through must keep the safety promise.
      const unsafe = proveSafety(result.model);
      if (unsafe.length > 0) this.error(`The quiz rules are not safe, so the build stopped:\n${unsafe.map((f) => `${RULES_FILE}: ${f}`).join("\n")}`);
      const warnings = report(result, "warning");
      if (warnings) this.warn(`quiz rules:\n${warnings}`);
      this.addWatchFile(resolve(root, RULES_FILE));
    },
    generateBundle() {
      const { text } = check(root);
      // Shipped as written, so line numbers in console messages match the file staff edit;
      // only a byte-order mark is dropped (JSON sent over a network must not have one).
      this.emitFile({ type: "asset", fileName: RULES_FILE, source: withoutBom(text) });
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(resolve(root, RULES_FILE));
      devServer.watcher.on("change", (file) => {
        if (resolve(file) === resolve(root, RULES_FILE)) showInOverlay();
      });
      devServer.ws.on("connection", () => {
        if (!check(root).result.model) showInOverlay();
      });
      devServer.middlewares.use(`/${RULES_FILE}`, (_req, res) => {
        const file = read(root);
        res.statusCode = file.ok ? 200 : 404;
        res.setHeader("content-type", file.ok ? "application/json" : "text/plain");
        res.setHeader("cache-control", "no-store");
        // Served as the build ships it, so the baked-in hash matches here too.
        res.end(file.ok ? withoutBom(file.text) : file.message);
      });
    },
  };
}
