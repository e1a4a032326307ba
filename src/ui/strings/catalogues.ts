/**
 * Each language's catalogue as its own chunk: a visitor's browser loads only theirs (the
 * pre-rendered page preloads it). A language without a catalogue of its own gets English.
 */
import type { Catalogue } from "./catalogue.ts";

const loaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  en: () => import("./en.ts").then((m) => m.en),
  fr: () => import("./fr.ts").then((m) => m.fr),
};

/** The interface languages there are catalogues for. */
export const UI_LANGUAGES: readonly string[] = Object.keys(loaders);

export function loadCatalogue(language: string): Promise<Catalogue> {
  const base = language.split("-")[0]!;
  return (loaders[base] ?? loaders["en"]!)();
}
