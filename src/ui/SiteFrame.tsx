/**
 * Who runs this quiz and how answers are handled, around the quiz on its own page:
 * the clinic's name (and logo) at the top, the privacy line at the bottom. Always
 * rendered, so the pre-rendered page and the app agree; inside a host page's iframe
 * the stylesheet hides both ([data-embedded], set by an inline script in index.html
 * before the first paint), because the host page already says who it is. The language
 * switch sits between them, outside the header, so it stays in an embedded quiz too.
 */
import type { ReactNode } from "react";
import type { Rules } from "../rules/schema.ts";
import { BUILT_LANGUAGES } from "../rules/languages.ts";
import { rootFromPage } from "../i18n/language-choice.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { pageLanguage, strings } from "./strings.ts";

/** A relative file of the site (the logo) from a language's page one folder down. */
const fromRoot = (src: string) => (/^([a-z][a-z0-9+.-]*:|\/)/i.test(src) ? src : `${rootFromPage(pageLanguage, BUILT_LANGUAGES).replace(/^\.\/$/, "")}${src}`);

export function SiteFrame({ rules, children }: { rules: Rules; children: ReactNode }) {
  const clinic = rules.clinic;
  return (
    <>
      {clinic && (
        <header className="site-header">
          <div className="site-header__inner">
            {/* The name beside it says who: the image adds nothing for a screen reader. */}
            {clinic.logo && <img className="site-header__logo" src={fromRoot(clinic.logo)} alt="" height={40} />}
            <span className="site-header__name">{clinic.name}</span>
          </div>
        </header>
      )}
      <LanguageSwitch />
      {children}
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{strings.footerPrivacy}</p>
          <p>{strings.footerNotDiagnosis}</p>
          {clinic && <p>{clinic.phone ? `${clinic.name} · ${clinic.phone}` : clinic.name}</p>}
        </div>
      </footer>
    </>
  );
}
