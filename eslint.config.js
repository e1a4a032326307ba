// Lint: TypeScript-aware rules, React hooks rules, and the one-way data flow
// (rules → engine → machine/store → ui → app) enforced per folder, with no cycles.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaries } from "./scripts/lint/boundaries.js";

const forbid = (...groups) => ({
  "no-restricted-imports": ["error", { patterns: groups.map((g) => ({ group: g.from, message: g.why })) }],
});

export default tseslint.config(
  { ignores: [".stryker-tmp", "dist", "dist-bench", "dist-quiz", "reports", "test-results", "playwright-report", "node_modules"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Rule text is rendered as text, never as HTML." },
      ],
    },
  },
  // Which folder may import which, and no cycles: scripts/lint/boundaries.js.
  ...boundaries(import.meta.dirname),
  // Libraries the lower layers must not use (folders are checked by the boundaries above).
  {
    files: ["src/rules/**"],
    rules: forbid({ from: ["react", "react-dom"], why: "src/rules is the bottom layer: JSON in, typed model out." }),
  },
  {
    files: ["src/engine/**"],
    rules: forbid({ from: ["react", "react-dom", "xstate", "zustand", "framer-motion"], why: "The engine is pure TypeScript: no React, no DOM, no state libraries." }),
  },
  {
    files: ["src/machine/**"],
    rules: forbid({ from: ["react", "react-dom"], why: "The machine knows nothing of the UI; effects are provided by the app." }),
  },
  {
    files: ["src/staff/**"],
    rules: forbid({ from: ["**/ui/**", "**/machine/**", "**/store/**", "**/preview/**", "react", "react-dom"], why: "Staff analyses are pure: rules and engine in, data out (the preview and the npm scripts draw it)." }),
  },
  {
    files: ["src/app/early-capture.ts"],
    // The build bundles it into one inline script: a dependency-free constant module is all it may take.
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "^(?!\\.\\./store/progress-key\\.ts$)", message: "The early capture is inlined into the page: it can import only the progress key." }],
      }],
    },
  },
  {
    files: ["src/store/**"],
    rules: forbid({ from: ["react-dom"], why: "Stores hold saved state only." }),
  },
);
