/**
 * "Français" / "English": a link to each other language's page, named in its own language
 * (with lang and hreflang, so it is read out in that language). Following it keeps the
 * answers (they are saved on this device) and the step: it leaves a one-shot note for the
 * page it opens to resume at once, without the "Welcome back" offer.
 */
import { BUILT_LANGUAGES } from "../rules/languages.ts";
import { ownName, pagePathFor, rootFromPage, sessionStore, switchHref, writeHandoff } from "../i18n/language-choice.ts";
import { useProgressStore } from "../store/progress-store.ts";
import { language, pageLanguage, strings } from "./strings.ts";
import { useMounted } from "./use-mounted.ts";

export function LanguageSwitch() {
  const mounted = useMounted();
  const others = BUILT_LANGUAGES.filter((l) => l !== language);
  if (others.length === 0) return null;
  return (
    <nav className="language-switch" aria-label={strings.languageLabel}>
      {others.map((to) => {
        // The pre-rendered page knows no query string: the full address only once running.
        const href = mounted
          ? switchHref(window.location.href, pageLanguage, to, BUILT_LANGUAGES)
          : `${rootFromPage(pageLanguage, BUILT_LANGUAGES)}${pagePathFor(to, BUILT_LANGUAGES)}?lang=${to}`;
        return (
          <a key={to} href={href} lang={to} hrefLang={to}
            onClick={() => writeHandoff(sessionStore(), { language: to, answered: useProgressStore.getState().log.length })}>
            {ownName(to)}
          </a>
        );
      })}
    </nav>
  );
}
