/**
 * The interface's words in Canadian French, written for French speakers (not word for
 * word): « vous », no agreement that reveals the visitor's gender, imperative buttons.
 * Typography (OQLF): a no-break space (\u00a0) before « : » and a narrow no-break space
 * (\u202f) before « ? », « ! » and « ; ». Marked for clinic review like the rules' French.
 */
import type { Catalogue, PageWords } from "./catalogue.ts";

const number = new Intl.NumberFormat("fr-CA");

export const fr: Catalogue = {
  locale: "fr-CA",
  back: "Retour",
  continue: "Continuer",
  questionOf: (n, total) => `Question ${number.format(n)} sur ${number.format(total)} au plus`,
  questionTitle: (n, text, quiz) => `Question ${number.format(n)}\u00a0: ${text} – ${quiz}`,
  errorTitle: (title) => `Erreur\u00a0: ${title}`,
  problem: "Il y a un problème",
  errorSingle: "Choisissez une réponse pour continuer.",
  errorMultiple: "Choisissez au moins une réponse pour continuer.",
  errorPrefix: "Erreur\u00a0:",
  or: "ou",
  welcomeBack: "Rebonjour\u202f!",
  welcomeBackText: "Vous avez déjà commencé ce questionnaire. Vos réponses sont enregistrées sur cet appareil seulement.",
  resume: "Reprendre où vous en étiez",
  startAgain: "Recommencer",
  loadingResult: "Préparation de votre résultat…",
  opensInNewTab: "(s'ouvre dans un nouvel onglet)",
  footerPrivacy: "Confidentialité\u00a0: vos réponses restent sur cet appareil. Rien n'est envoyé à la clinique\u202f; si vous prenez rendez-vous, la page de réservation apprend seulement quels soins ont été suggérés.",
  footerNotDiagnosis: "Ce questionnaire donne des conseils généraux. Il ne pose pas de diagnostic et ne remplace pas l'avis d'un ou d'une médecin.",
  disclaimerTitle: "Avertissement médical",
  clearAnswers: "Effacer mes réponses",
  savedOnDevice: "Vos réponses sont enregistrées sur cet appareil seulement.",
  lost: "Une erreur s'est produite. Veuillez recommencer.",
  unavailableTitle: "Ce questionnaire est en cours de mise à jour",
  unavailableText: "Nous apportons des changements à ce questionnaire. Veuillez réessayer plus tard.",
  emergencyHeading: "En cas d'urgence",
  emergencyText: "Si vous avez une douleur à la poitrine, de la difficulté à respirer ou des signes d'AVC (visage affaissé, bras faible, difficulté à parler), n'attendez pas\u00a0:",
  unavailableBook: "Vous pouvez quand même nous parler\u00a0: une consultation gratuite vous aidera à trouver les bons soins.",
  languageLabel: "Langue",
};

export const frPage: PageWords = {
  pageTitle: "Quels soins me conviennent\u202f? | CareFit",
  pageDescription: "Répondez à quelques courtes questions pour savoir si l'entraînement personnel, la physiothérapie ou les soins chiropratiques vous conviennent.",
  noscript: "Ce questionnaire a besoin de JavaScript. Vous pouvez quand même réserver une consultation gratuite avec la clinique.",
  frameTitle: "Questionnaire «\u00a0Quels soins me conviennent\u202f?\u00a0»",
};
