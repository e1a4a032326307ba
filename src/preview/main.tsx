/** Staff preview entry: its own page and bundle, never loaded by visitors. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RULES_URL } from "../app/load-rules.ts";
import "../ui/styles.css";
import { PreviewPage } from "./PreviewPage.tsx";
import "./preview.css";

const response = await fetch(new URL(RULES_URL, document.baseURI), { cache: "no-cache" }).catch(() => null);
const initial = response?.ok ? await response.text() : "";
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <PreviewPage initialText={initial} />
  </StrictMode>,
);
