/** The result screen's words in English (loaded with the result screen: see catalogue.ts). */
import type { ResultWords } from "./catalogue.ts";

const date = new Intl.DateTimeFormat("en-CA", { dateStyle: "long" });

export const enResult: ResultWords = {
  resultTitle: (title, quiz) => `Result: ${title} – ${quiz}`,
  weSuggest: "We suggest",
  notDiagnosis: "This quiz doesn't diagnose anything and isn't medical advice.",
  readDisclaimer: "Read the full disclaimer",
  whyWeSuggest: "Why we suggest this",
  whatYouToldUs: "What you told us",
  whatToDo: "What to do now",
  whyNoCareYet: "Why we can't suggest care yet",
  aboutThisCare: "About this care",
  whatToExpect: "What to expect",
  later: "Later on",
  nextStep: "Next step: a free consult",
  consultText: "In a free consult you can tell us what hurts or what you want to achieve, by phone or online, with no obligation.",
  yourAnswers: "Your answers",
  change: "Change",
  changeMyAnswers: "Change my answers",
  startOver: "Start over",
  takeAway: "Take your summary with you",
  takeAwayText: "Nothing leaves this device unless you choose to print, copy or share it.",
  print: "Print or save your summary",
  copy: "Copy summary",
  copied: "Summary copied. You can paste it into a booking form or a message.",
  copyFailed: "Couldn't copy. Select the text of your summary and copy it yourself.",
  share: "Share summary",
  summaryTitle: "Your quiz summary",
  summaryDate: (d) => `Made on ${date.format(d)}`,
  summaryResult: "Result",
  summaryCall: "Phone",
  labelled: (label, value) => `${label}: ${value}`,
  urgentCaption: "Warning",
  detailsUnavailable: "The rest of this result, why we suggest it and what to expect, couldn't be loaded. Your answers are kept on this device: reload the page to try again.",
};
