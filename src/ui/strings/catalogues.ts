/**
 * Each language's catalogue as its own chunk: a visitor's browser loads only theirs (the
 * pre-rendered page preloads it). A language without a catalogue of its own gets English.
 */
import type { Catalogue, ResultWords } from "./catalogue.ts";

const loaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  en: () => import("./en.ts").then((m) => m.en),
  fr: () => import("./fr.ts").then((m) => m.fr),
};

const resultLoaders: Readonly<Record<string, () => Promise<ResultWords>>> = {
  en: () => import("./result-en.ts").then((m) => m.enResult),
  fr: () => import("./result-fr.ts").then((m) => m.frResult),
};

export function loadCatalogue(language: string): Promise<Catalogue> {
  const base = language.split("-")[0]!;
  return (loaders[base] ?? loaders["en"]!)();
}

/** The result screen's words in a language (loaded with that screen, not at start). */
export function loadResultWords(language: string): Promise<ResultWords> {
  const base = language.split("-")[0]!;
  return (resultLoaders[base] ?? resultLoaders["en"]!)();
}
