import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { rulesPlugin } from "./scripts/vite/rules-plugin.ts";

/** The quiz's code, as every visitor's first load runs it… */
const QUIZ_CODE = /[\\/]src[\\/](engine|machine|store|ui|i18n|app[\\/]load-rules)[\\/.]/;
/** …but for what loads later (animation, the result and its screen), each language's catalogue (only the visitor's loads), and what only the staff preview uses. */
const LAZY_OR_STAFF = /[\\/]src[\\/](ui[\\/](AnimatedSteps|ResultScreen|result-page|result[\\/]|strings[\\/](?!catalogues?\.)[\w-]+\.)|engine[\\/](outcome|answered|booking|totals|answer-classes|open-conditions|relevance|paths)\.)/;

export default defineConfig({
  plugins: [react(), rulesPlugin()],
  // Served under a path of the clinic's site (README, "Deploy"): CAREFIT_BASE=/quiz/ npm run build.
  base: process.env["CAREFIT_BASE"] ?? "/",
  // The staff preview's analysis worker is built as its own module file: a same-origin
  // script, which the CSP allows through script-src 'self' (a blob: worker would be refused).
  worker: { format: "es" },
  build: {
    outDir: process.env["CAREFIT_OUT_DIR"] ?? "dist",
    target: "es2022",
    // Every browser that runs es2022 modules supports modulepreload: skip the polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The staff preview is its own page and bundle: nothing of it reaches visitors.
      input: { main: "index.html", preview: "preview.html" },
      output: {
        // The animation code loads at idle, long before the first Continue, yet its functions
        // compile lazily — on the main thread, during that first step (~60 ms at 4× CPU).
        // V8's explicit compile hint compiles the whole chunk as it loads, off the main thread.
        postBanner: (chunk) => (chunk.name === "AnimatedSteps" ? "//# allFunctionsCalledOnLoad" : ""),
        // The libraries every visitor loads, in one named chunk: size reports say what they
        // are, and app changes don't invalidate their cache. (Only these: grouping app code
        // here would drag the lazily loaded animation library into the first load.)
        codeSplitting: {
          groups: [
            { name: "vendor", test: /node_modules[\\/](react|react-dom|scheduler|xstate|@xstate|zustand|use-sync-external-store)[\\/]/ },
            // The quiz's own first-load code in one chunk. Left to itself the bundler splits off
            // each handful of modules that the lazily loaded result screen shares with it (a
            // request and a chunk's overhead each); the lazily loaded parts stay out.
            { name: "quiz", test: (id) => QUIZ_CODE.test(id) && !LAZY_OR_STAFF.test(id) },
          ],
        },
      },
    },
  },
});
