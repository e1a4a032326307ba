/** The result screen's words in Canadian French (loaded with the result screen: see catalogue.ts). */
import type { ResultWords } from "./catalogue.ts";

const date = new Intl.DateTimeFormat("fr-CA", { dateStyle: "long" });

export const frResult: ResultWords = {
  resultTitle: (title, quiz) => `Résultat\u00a0: ${title} – ${quiz}`,
  weSuggest: "Notre suggestion",
  notDiagnosis: "Ce questionnaire ne pose aucun diagnostic et ne remplace pas un avis médical.",
  readDisclaimer: "Lire l'avertissement complet",
  whyWeSuggest: "Pourquoi nous vous suggérons ceci",
  whatYouToldUs: "Ce que vous nous avez dit",
  whatToDo: "Que faire maintenant",
  whyNoCareYet: "Pourquoi nous ne pouvons pas encore vous suggérer de soins",
  aboutThisCare: "En savoir plus sur ces soins",
  whatToExpect: "À quoi vous attendre",
  later: "Plus tard",
  nextStep: "Prochaine étape\u00a0: une consultation gratuite",
  consultText: "Lors d'une consultation gratuite, par téléphone ou en ligne, vous pouvez nous dire ce qui vous fait mal ou ce que vous voulez accomplir, sans aucune obligation.",
  yourAnswers: "Vos réponses",
  change: "Modifier",
  changeMyAnswers: "Modifier mes réponses",
  startOver: "Tout recommencer",
  takeAway: "Conserver votre résumé",
  takeAwayText: "Rien ne quitte cet appareil, sauf si vous choisissez d'imprimer, de copier ou de partager le résumé.",
  print: "Imprimer ou enregistrer votre résumé",
  copy: "Copier le résumé",
  copied: "Résumé copié. Vous pouvez le coller dans un formulaire de réservation ou un message.",
  copyFailed: "La copie n'a pas fonctionné. Sélectionnez le texte de votre résumé et copiez-le vous-même.",
  share: "Partager le résumé",
  summaryTitle: "Résumé de votre questionnaire",
  summaryDate: (d) => `Fait le ${date.format(d)}`,
  summaryResult: "Résultat",
  summaryCall: "Téléphone",
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  urgentCaption: "Attention",
  detailsUnavailable: "Le reste de ce résultat, soit pourquoi nous vous le suggérons et à quoi vous attendre, n'a pas pu être chargé. Vos réponses restent sur cet appareil\u00a0: rechargez la page pour réessayer.",
};
