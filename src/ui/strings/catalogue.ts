/**
 * The shape of a catalogue of the words the interface itself says (the clinic's content
 * comes from the rules). One catalogue per language (en.ts, fr.ts), each loaded only for
 * visitors of that language; numbers and dates go through Intl in the catalogue's locale.
 */
export interface Catalogue {
  /** The BCP 47 locale for Intl (numbers, dates, plurals). */
  readonly locale: string;
  readonly back: string;
  readonly continue: string;
  readonly questionOf: (number: number, total: number) => string;
  readonly questionTitle: (number: number, text: string, quiz: string) => string;
  readonly errorTitle: (title: string) => string;
  readonly problem: string;
  readonly errorSingle: string;
  readonly errorMultiple: string;
  readonly errorPrefix: string;
  readonly or: string;
  readonly welcomeBack: string;
  readonly welcomeBackText: string;
  readonly resume: string;
  readonly startAgain: string;
  readonly loadingResult: string;
  readonly opensInNewTab: string;
  readonly footerPrivacy: string;
  readonly footerNotDiagnosis: string;
  readonly disclaimerTitle: string;
  readonly clearAnswers: string;
  readonly savedOnDevice: string;
  readonly lost: string;
  readonly unavailableTitle: string;
  readonly unavailableText: string;
  readonly emergencyHeading: string;
  readonly emergencyText: string;
  readonly unavailableBook: string;
  /** The label of the language switch's region ("Language"). */
  readonly languageLabel: string;
}

/**
 * Words only the built page and the embed loader use (the pre-render writes them into each
 * language's index.html; public/embed.js repeats frameTitle): kept apart so the app's
 * catalogue chunk doesn't carry them.
 */
export interface PageWords {
  readonly pageTitle: string;
  readonly pageDescription: string;
  readonly noscript: string;
  /** The embed iframe's title. */
  readonly frameTitle: string;
}

/**
 * The words of the result screen, in their own chunk per language: loaded with the result
 * screen's code (result-code.ts), so they stay out of the first load.
 */
export interface ResultWords {
  readonly resultTitle: (title: string, quiz: string) => string;
  readonly weSuggest: string;
  readonly notDiagnosis: string;
  readonly readDisclaimer: string;
  readonly whyWeSuggest: string;
  readonly whatYouToldUs: string;
  readonly whatToDo: string;
  readonly whyNoCareYet: string;
  readonly aboutThisCare: string;
  readonly whatToExpect: string;
  readonly later: string;
  readonly nextStep: string;
  readonly consultText: string;
  readonly yourAnswers: string;
  readonly change: string;
  readonly changeMyAnswers: string;
  readonly startOver: string;
  readonly takeAway: string;
  readonly takeAwayText: string;
  readonly print: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly share: string;
  readonly summaryTitle: string;
  readonly summaryDate: (date: Date) => string;
  readonly summaryResult: string;
  readonly summaryCall: string;
  /** "Label: value", with the language's spacing before the colon. */
  readonly labelled: (label: string, value: string) => string;
  readonly urgentCaption: string;
  /** Said on a care result shown without its details (their file couldn't be loaded). */
  readonly detailsUnavailable: string;
}
