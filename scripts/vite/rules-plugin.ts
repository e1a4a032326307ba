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
 * - Languages: each language listed in the rules' "languages" is checked with its file of
 *   translations (rules/care-quiz.fr.json) and served as a rules file of its own at
 *   `rulesFileFor(language)` (rules/fr/care-quiz.json), so a visitor's browser loads only
 *   their language. The defines are records by language: __CAREFIT_RULES_SHA256__,
 *   __CAREFIT_FALLBACK__, and __CAREFIT_LANGUAGES__ (the default first).
 * - Result texts: each served file leaves out the texts only a care result shows, served
 *   beside it at `resultsFileFor(path)` (rules/care-quiz.results.json) and named by their
 *   SHA-256 in its "$results" (src/rules/result-texts.ts says what moves and what stays).
 *   The build checks that the two merge back into exactly the checked rules.
 * What is checked and served is worked out in served-rules.ts; this file hooks it into Vite.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { formatLocated } from "../../src/rules/check-text.ts";
import { LANGUAGE_PATTERN, STAFF_RULES_FILE, rulesFileFor, translationFileLanguage } from "../../src/rules/languages.ts";
import { withoutBom } from "../../src/rules/text-encoding.ts";
import { languageFiles } from "../lib/language-files.ts";
import { check, type Checked, read, RULES_FILE, type ServedRules } from "./served-rules.ts";

function report(checked: Checked, severity: "error" | "warning") {
  return checked.problems.filter((p) => p.severity === severity).map((p) => formatLocated(p.file, p)).join("\n");
}

/** A rules file or one of its translations. */
const isRulesSource = (root: string, file: string) => {
  const rules = resolve(root, RULES_FILE);
  const path = resolve(file);
  return path === rules || translationFileLanguage(path)?.rulesFile === rules;
};

export function rulesPlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;

  const showInOverlay = () => {
    if (!server) return;
    const checked = check(root);
    if (checked.served) {
      server.ws.send({ type: "full-reload" });
      return;
    }
    const first = checked.problems.find((p) => p.severity === "error");
    const id = resolve(root, first?.file ?? RULES_FILE);
    server.ws.send({
      type: "error",
      err: {
        message: `The quiz rules have mistakes:\n${report(checked, "error")}`,
        stack: "",
        plugin: "carefit-rules",
        id,
        ...(first ? { loc: { file: id, line: first.line, column: first.column } } : {}),
      },
    });
  };

  return {
    name: "carefit-rules",
    config(config) {
      root = resolve(config.root ?? process.cwd());
      const { served } = check(root);
      if (!served) return {};
      const byLanguage = <T>(pick: (s: ServedRules) => T) => JSON.stringify(Object.fromEntries(served.map((s) => [s.language, pick(s)])));
      return {
        define: {
          __CAREFIT_LANGUAGES__: JSON.stringify(served.map((s) => s.language)),
          __CAREFIT_FALLBACK__: byLanguage((s) => s.fallback),
          // The hash of the bytes shipped for each language (generateBundle emits exactly these texts as UTF-8).
          __CAREFIT_RULES_SHA256__: byLanguage((s) => s.sha256),
        },
      };
    },
    buildStart() {
      const checked = check(root, { safety: true });
      const errors = checked.problems.some((p) => p.severity === "error");
      if (errors) this.error(`The quiz rules have mistakes, so the build stopped:\n${report(checked, "error")}`);
      // Well-formed is not enough: every way through must keep the safety promise.
      if (checked.unsafe.length > 0) {
        // Thousands of paths can break at once: show the first few; rules:check lists them all.
        const shown = checked.unsafe.slice(0, 20).map((f) => `${RULES_FILE}: ${f}`);
        if (checked.unsafe.length > 20) shown.push(`… and ${checked.unsafe.length - 20} more: run npm run rules:check to see them all.`);
        this.error(`The quiz rules are not safe, so the build stopped:\n${shown.join("\n")}`);
      }
      // The logo is served next to the quiz; a missing file would show as a broken image.
      const logo = checked.logo;
      if (logo !== undefined && !existsSync(resolve(root, "public", logo))) {
        this.error(`${RULES_FILE}: clinic.logo: there is no file public/${logo}. Put the image in the public folder, or remove "logo".`);
      }
      const warnings = report(checked, "warning");
      if (warnings) this.warn(`quiz rules:\n${warnings}`);
      this.addWatchFile(resolve(root, RULES_FILE));
      for (const { file } of languageFiles(resolve(root, RULES_FILE), RULES_FILE)) this.addWatchFile(resolve(root, file));
    },
    generateBundle() {
      const { served } = check(root);
      for (const s of served ?? []) {
        this.emitFile({ type: "asset", fileName: s.path, source: s.text });
        if (s.results) this.emitFile({ type: "asset", fileName: s.results.path, source: s.results.text });
      }
      // The staff studio edits the file as written, not the compact copy visitors get.
      const file = read(root);
      if (served && file.ok) this.emitFile({ type: "asset", fileName: STAFF_RULES_FILE, source: withoutBom(file.text) });
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(resolve(root, "rules"));
      devServer.watcher.on("change", (file) => {
        if (isRulesSource(root, file)) showInOverlay();
      });
      devServer.watcher.on("add", (file) => {
        if (isRulesSource(root, file)) showInOverlay();
      });
      devServer.ws.on("connection", () => {
        if (!check(root).served) showInOverlay();
      });
      // Both as written: in development the browser checks the rules in full (the hash is the
      // build's compact copy's), so a mistake shows at the line staff see in their file.
      for (const path of [STAFF_RULES_FILE, RULES_FILE]) {
        devServer.middlewares.use(`/${path}`, (_req, res) => {
          const file = read(root);
          res.statusCode = file.ok ? 200 : 404;
          res.setHeader("content-type", file.ok ? "application/json" : "text/plain");
          res.setHeader("cache-control", "no-store");
          res.end(file.ok ? withoutBom(file.text) : file.message);
        });
      }
      // The other languages at the same paths as the built site (rules/fr/care-quiz.json),
      // each in one file with its result texts, like the default language's as written.
      devServer.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0]!.replace(/^\//, "");
        const language = path.split("/")[1] ?? "";
        // Only the path rulesFileFor gives a language; anything else (rules/examples/…) passes on.
        if (!LANGUAGE_PATTERN.test(language) || path !== rulesFileFor(language, [""])) {
          next();
          return;
        }
        const checked = check(root);
        const served = checked.served?.find((s) => s.path === path);
        res.statusCode = served ? 200 : 404;
        res.setHeader("content-type", served ? "application/json" : "text/plain");
        res.setHeader("cache-control", "no-store");
        res.end(served ? served.whole : checked.served ? "No such language." : `The quiz rules have mistakes:\n${report(checked, "error")}`);
      });
    },
  };
}
