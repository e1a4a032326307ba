/** The result's code, loaded as one chunk when the app is idle (see result-code.ts). */
export { loadResultParts, resultPartsNow } from "./result/parts.ts";
