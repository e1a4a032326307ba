/** Staff preview entry: its own page and bundle, never loaded by visitors. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DEFAULT_RULES_FILE, STAFF_RULES_FILE } from "../rules/languages.ts";
import { decodeRulesFile } from "../rules/text-encoding.ts";
import { setStrings } from "../ui/strings.ts";
import { loadCatalogue } from "../ui/strings/catalogues.ts";
import "../ui/styles.css";
import { PreviewPage } from "./PreviewPage.tsx";
import "./preview.css";

async function text(url: string): Promise<string | null> {
  try {
    const response = await fetch(new URL(url, document.baseURI), { cache: "no-cache" });
    return response.ok ? decodeRulesFile(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * The published file as staff wrote it (coverage and review notes included, byte-order mark
 * kept, so the checks here match `npm run rules:check`); the compact visitor copy if a server
 * has only that.
 */
async function published(): Promise<string> {
  return (await text(STAFF_RULES_FILE)) ?? (await text(DEFAULT_RULES_FILE)) ?? "";
}

// The staff studio shows the quiz in the rules' default language.
setStrings("en", await loadCatalogue("en"));

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <PreviewPage published={await published()} />
  </StrictMode>,
);
