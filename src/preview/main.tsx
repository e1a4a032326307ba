/** Staff preview entry: its own page and bundle, never loaded by visitors. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RULES_URL } from "../app/load-rules.ts";
import { decodeRulesFile } from "../rules/text-encoding.ts";
import "../ui/styles.css";
import { PreviewPage } from "./PreviewPage.tsx";
import "./preview.css";

/** The published file as saved, byte-order mark included, so the checks here match `npm run rules:check`. */
async function published(): Promise<string> {
  try {
    const response = await fetch(new URL(RULES_URL, document.baseURI), { cache: "no-cache" });
    return response.ok ? decodeRulesFile(await response.arrayBuffer()) : "";
  } catch {
    return "";
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <PreviewPage published={await published()} />
  </StrictMode>,
);
