import { describe, expect, it } from "vitest";
import { chooseLanguage, matchLanguage, ownName, pagePathFor, rootFromPage, switchHref, takeHandoff, writeHandoff } from "../../../src/i18n/language-choice.ts";

const built = ["en", "fr"];
const choose = (over: Partial<Parameters<typeof chooseLanguage>[0]>) => chooseLanguage({ search: "", pageLanguage: "en", built, ...over });

class MemoryStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

describe("choosing the language", () => {
  it("takes ?lang first (the embed's data-lang arrives as it), over everything else", () => {
    expect(choose({ search: "?embed=1&lang=fr", saved: "en", preferred: ["en-US"] })).toEqual({ language: "fr", source: "query" });
    expect(choose({ search: "?lang=en", pageLanguage: "fr", saved: "fr", preferred: ["fr-CA"] })).toEqual({ language: "en", source: "query" });
    expect(choose({ search: "?lang=fr-CA" }).language).toBe("fr");
  });

  it("then a language's own page, then the remembered language, then the browser's, then the default", () => {
    expect(choose({ pageLanguage: "fr", saved: "en", preferred: ["en"] })).toEqual({ language: "fr", source: "page" });
    expect(choose({ saved: "fr", preferred: ["en"] })).toEqual({ language: "fr", source: "saved" });
    expect(choose({ preferred: ["de-DE", "fr-CA", "en"] })).toEqual({ language: "fr", source: "browser" });
    expect(choose({ preferred: ["de", "es"] })).toEqual({ language: "en", source: "default" });
  });

  it("never picks a language the build doesn't have", () => {
    expect(choose({ search: "?lang=de", saved: "es", preferred: ["it"] })).toEqual({ language: "en", source: "default" });
    expect(chooseLanguage({ search: "?lang=fr", pageLanguage: "en", preferred: ["fr"], built: ["en"] }).language).toBe("en");
    expect(matchLanguage("<script>", built)).toBeUndefined();
  });
});

describe("the switch", () => {
  it("goes to the other language's page with the same parameters and lang set", () => {
    expect(switchHref("https://quiz.example/?embed=1&instance=carefit-1&theme=dark", "en", "fr", built))
      .toBe("https://quiz.example/fr/?embed=1&instance=carefit-1&theme=dark&lang=fr");
    expect(switchHref("https://quiz.example/fr/?lang=fr&embed=1", "fr", "en", built)).toBe("https://quiz.example/?lang=en&embed=1");
    expect(switchHref("https://clinic.example/quiz/index.html", "en", "fr", built)).toBe("https://clinic.example/quiz/fr/?lang=fr");
  });

  it("knows each page's folder", () => {
    expect(pagePathFor("en", built)).toBe("");
    expect(pagePathFor("fr", built)).toBe("fr/");
    expect(rootFromPage("en", built)).toBe("./");
    expect(rootFromPage("fr", built)).toBe("../");
  });

  it("names each language in itself", () => {
    expect(ownName("fr")).toBe("Français");
    expect(ownName("en")).toBe("English");
  });

  it("hands the step over once, to that language only", () => {
    const storage = new MemoryStorage();
    writeHandoff(storage, { language: "fr", answered: 3 });
    expect(takeHandoff(storage, "en")).toBeNull();
    writeHandoff(storage, { language: "fr", answered: 3 });
    expect(takeHandoff(storage, "fr")).toEqual({ language: "fr", answered: 3 });
    expect(takeHandoff(storage, "fr")).toBeNull();
    storage.setItem("carefit-switch", "{not json");
    expect(takeHandoff(storage, "fr")).toBeNull();
    expect(takeHandoff(undefined, "fr")).toBeNull();
    expect(() => writeHandoff(undefined, { language: "fr", answered: 1 })).not.toThrow();
  });
});
