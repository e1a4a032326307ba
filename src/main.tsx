/**
 * Entry point. Theme from the URL (its code only when the URL has settings), load the clinic's rules (known good before anything
 * is drawn from them: see load-rules.ts), then take over from the early capture: hydrate
 * the screen on show when these rules draw it, or render afresh, and act on what the
 * visitor did meanwhile (early-start.ts). Connect to the host page when embedded.
 * Any failure on the way ends in the "being updated" screen, never a blank page.
 */
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { planStart } from "./app/early-start.ts";
import { readPendingAnswer } from "./app/pending-answer.ts";
import { loadRules } from "./app/load-rules.ts";
import { readEmbedConfig } from "./embed/config.ts";
import { lazyHost } from "./embed/lazy-host.ts";
import { useProgressStore } from "./store/progress-store.ts";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const container = document.getElementById("root")!;

function showUnavailable(why: string[]) {
  console.error(`The quiz cannot start, so visitors see the "being updated" screen:\n${why.join("\n")}`);
  createRoot(container).render(<RulesUnavailable />);
}

async function start() {
  const embed = readEmbedConfig();
  // Theming code loads only for a page given theme settings (while the rules load).
  if (Object.keys(embed.theme).length > 0) {
    void import("./embed/theme.ts").then(({ applyTheme, parseTheme }) => {
      const { theme, rejected } = parseTheme(embed.theme);
      applyTheme(theme);
      if (rejected.length > 0) console.warn(`CareFit: ignored invalid settings: ${rejected.join(", ")}`);
    });
  }

  const loaded = await loadRules();
  // From here on the app answers every press; the capture hands over what it kept.
  const record = window.carefitEarly?.take() ?? null;
  if (!loaded.ok) return showUnavailable(loaded.messages);
  const { model, built } = loaded;
  const host = embed.embedded ? lazyHost(import("./embed/connect.ts").then((m) => m.connectHost(model, embed))) : null;
  // Read just before React takes over: hydration would reset the inputs to their rendered state.
  const plan = planStart(model, { built, record, shownKey: container.dataset["prerendered"], ticked: readPendingAnswer(container) });
  if (plan.clearSaved) useProgressStore.getState().clear();
  const app = (
    <StrictMode>
      <App model={model} host={host} early={plan.early} />
    </StrictMode>
  );
  if (plan.hydrate) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

try {
  await start();
} catch (error) {
  window.carefitEarly?.take();
  showUnavailable([String(error)]);
}
