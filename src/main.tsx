/**
 * Entry point. Theme from the URL (its code only when the URL has settings), load the clinic's rules (known good before anything
 * is drawn from them: see load-rules.ts), then take over from the early capture: hydrate
 * the screen on show when these rules draw it, or render afresh, and act on what the
 * visitor did meanwhile (early-start.ts). Connect to the host page when embedded.
 * The language is chosen first (language-choice.ts): its rules file and its catalogue of
 * interface words load together, and only theirs. A visitor arriving from the language
 * switch resumes at the step they were on.
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
import { chooseLanguage, rootFromPage, sessionStore, takeHandoff } from "./i18n/language-choice.ts";
import { BUILT_LANGUAGES } from "./rules/languages.ts";
import { savedLogFor, useProgressStore } from "./store/progress-store.ts";
import { setStrings, strings } from "./ui/strings.ts";
import { loadCatalogue } from "./ui/strings/catalogues.ts";
import { RulesUnavailable } from "./ui/RulesUnavailable.tsx";
import "./ui/styles.css";

const container = document.getElementById("root")!;
/** The language the page was pre-rendered in; the site's root is one folder up from a language's own page. */
const pageLanguage = document.documentElement.lang || BUILT_LANGUAGES[0]!;
const root = new URL(rootFromPage(pageLanguage, BUILT_LANGUAGES), document.baseURI).href;
const { language, source } = chooseLanguage({
  search: window.location.search,
  pageLanguage,
  saved: useProgressStore.getState().language,
  preferred: navigator.languages,
  built: BUILT_LANGUAGES,
});
document.documentElement.lang = language;
// An explicit choice (the switch, ?lang, a language's page) is remembered with the progress.
if ((source === "query" || source === "page") && useProgressStore.getState().language !== language) useProgressStore.getState().setLanguage(language);
const catalogue = loadCatalogue(language);

async function showUnavailable(why: string[]) {
  console.error(`The quiz cannot start, so visitors see the "being updated" screen:\n${why.join("\n")}`);
  // Without the visitor's catalogue (it failed to load), the page's own language's or English.
  if (!strings) setStrings(language, await catalogue.catch(() => loadCatalogue(pageLanguage)).catch(() => loadCatalogue("en")), pageLanguage);
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

  const [loaded, words] = await Promise.all([loadRules(root, language), catalogue]);
  setStrings(language, words, pageLanguage);
  // From here on the app answers every press; the capture hands over what it kept.
  const record = window.carefitEarly?.take() ?? null;
  if (!loaded.ok) return void (await showUnavailable(loaded.messages));
  const { model, built } = loaded;
  const host = embed.embedded ? lazyHost(import("./embed/connect.ts").then((m) => m.connectHost(model, embed))) : null;
  // Read just before React takes over: hydration would reset the inputs to their rendered state.
  const plan = planStart(model, { built, record, shownKey: container.dataset["prerendered"], ticked: readPendingAnswer(container) });
  if (plan.clearSaved) useProgressStore.getState().clear();
  // Arrived from the language switch: straight back to the step the visitor was on.
  const handoff = takeHandoff(sessionStore(), language);
  const saved = handoff ? savedLogFor(model.rules.version, model.rules.keepProgressHours) : [];
  const app = (
    <StrictMode>
      <App model={model} host={host} early={plan.early} {...(saved.length > 0 ? { start: saved } : {})} />
    </StrictMode>
  );
  // A page pre-rendered in another language is drawn afresh (its key can't match these rules' texts).
  if (plan.hydrate && language === pageLanguage && saved.length === 0) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

try {
  await start();
} catch (error) {
  window.carefitEarly?.take();
  await showUnavailable([String(error)]);
}
