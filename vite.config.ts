import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { rulesPlugin } from "./scripts/vite/rules-plugin.ts";

export default defineConfig({
  plugins: [react(), rulesPlugin()],
  build: {
    target: "es2022",
  },
});
