/** The result's code, loaded as one chunk when the app is idle (see result-code.ts). */
export { answeredQuestions } from "../engine/answered.ts";
export { recommendAt } from "../engine/outcome.ts";
export { ResultScreen } from "./ResultScreen.tsx";
