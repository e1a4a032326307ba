import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    // A source map per chunk helps clinics debug embeds without shipping it to visitors' critical path.
    sourcemap: false,
  },
  preview: { port: 4173 },
});
