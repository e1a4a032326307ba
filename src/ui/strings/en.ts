/** The interface's words in English (the default language). */
import type { Catalogue, PageWords } from "./catalogue.ts";

const number = new Intl.NumberFormat("en-CA");

export const en: Catalogue = {
  locale: "en-CA",
  back: "Back",
  continue: "Continue",
  questionOf: (n, total) => `Question ${number.format(n)} of up to ${number.format(total)}`,
  questionTitle: (n, text, quiz) => `Question ${number.format(n)}: ${text} – ${quiz}`,
  errorTitle: (title) => `Error: ${title}`,
  problem: "There is a problem",
  errorSingle: "Select an answer to continue.",
  errorMultiple: "Select at least one answer to continue.",
  errorPrefix: "Error:",
  or: "or",
  welcomeBack: "Welcome back",
  welcomeBackText: "You started this quiz before. Your answers are saved on this device only.",
  resume: "Continue where you left off",
  startAgain: "Start again",
  loadingResult: "Getting your result…",
  opensInNewTab: "(opens in a new tab)",
  footerPrivacy: "Privacy: your answers stay on this device. Nothing is sent to the clinic; if you book, the booking page is told only which care was suggested.",
  footerNotDiagnosis: "This quiz gives general guidance. It does not diagnose, and it does not replace advice from a doctor.",
  disclaimerTitle: "Medical disclaimer",
  clearAnswers: "Clear my answers",
  savedOnDevice: "Your answers are saved on this device only.",
  lost: "Something went wrong. Please start over.",
  unavailableTitle: "This quiz is being updated",
  unavailableText: "We're making some changes to this quiz. Please try again later.",
  emergencyHeading: "In an emergency",
  emergencyText: "If you have chest pain, trouble breathing, or signs of a stroke (a drooping face, a weak arm, slurred speech), don't wait:",
  unavailableBook: "You can still talk to us: a free consult will help you find the right care.",
  languageLabel: "Language",
};

export const enPage: PageWords = {
  pageTitle: "Which care fits me? | CareFit",
  pageDescription: "Answer a few short questions to find out whether personal training, physiotherapy or chiropractic care fits you.",
  noscript: "This quiz needs JavaScript. You can still book a free consult with the clinic.",
  frameTitle: "Which care fits me? quiz",
};
