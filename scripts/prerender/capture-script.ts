/**
 * The early capture (src/app/early-capture.ts) as the text of one inline <script>: bundled
 * and minified from its TypeScript source with the build's own bundler, as an IIFE that
 * installs it on `window`. The text is fixed for a given source, so its CSP hash is too.
 */
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";

export async function captureScript(): Promise<string> {
  const entry = "\0early-capture";
  const source = fileURLToPath(new URL("../../src/app/early-capture.ts", import.meta.url));
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    plugins: [
      {
        name: "early-capture",
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `import { installEarlyCapture } from ${JSON.stringify(source)};\ninstallEarlyCapture(window);` : null),
      },
    ],
    build: { write: false, minify: true, target: "es2022", rollupOptions: { input: entry, output: { format: "iife" } } },
  })) as Rolldown.RolldownOutput;
  const code = output.output[0].code.trim();
  if (code.includes("</")) throw new Error("the early capture's code contains '</' and can't be inlined in a <script> as it is");
  return code;
}
