import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { rulesPlugin } from "./scripts/vite/rules-plugin.ts";

export default defineConfig({
  plugins: [react(), rulesPlugin()],
  build: {
    target: "es2022",
    // Every browser that runs es2022 modules supports modulepreload: skip the polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The staff preview is its own page and bundle: nothing of it reaches visitors.
      input: { main: "index.html", preview: "preview.html" },
    },
  },
});
