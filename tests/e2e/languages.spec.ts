/**
 * The quiz in both languages: the five visitors, an urgent tier and the embed in French
 * (labels from the French rules file and catalogue), choosing the language, the switch that
 * keeps the answers and the step, axe on French screens, and no English interface text on them.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { en as enFirst } from "../../src/ui/strings/en.ts";
import { enResult } from "../../src/ui/strings/result-en.ts";
import { frResult } from "../../src/ui/strings/result-fr.ts";
import { fr as frFirst, frPage } from "../../src/ui/strings/fr.ts";

const en = { ...enFirst, ...enResult };
const fr = { ...frFirst, ...frResult };
import { fakeBookingSites, HOST } from "./host-page.ts";
import { answerUntilResult, visitors } from "./quiz-driver.ts";

type Scope = Page | FrameLocator;
interface Rules {
  title: string;
  intro: { heading: string };
  booking: { label: string };
  clearance?: { title: string };
  outcomes: { id: string; title: string; action?: { label: string; href: string } }[];
}

let french: Rules;
let english: Rules;
test.beforeAll(async ({ request }) => {
  french = await (await request.get("/rules/fr/care-quiz.json")).json();
  english = await (await request.get("/rules/care-quiz.json")).json();
});
const title = (rules: Rules, id: string) => rules.outcomes.find((o) => o.id === id)!.title;
/** Playwright matches names with spaces normalised; the French uses no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const escape = (text: string) => plain(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The English catalogue's words found on a screen: whole lines, button and link names, and longer sentences anywhere. */
async function englishInterfaceText(scope: Scope): Promise<string[]> {
  const { text, names } = await scope.locator("body").evaluate((body) => ({
    text: (body as HTMLElement).innerText,
    names: [...body.querySelectorAll("button, a, [aria-label], h1, h2")].map((el) => (el.getAttribute("aria-label") ?? (el as HTMLElement).innerText).trim()),
  }));
  const lines = new Set([...text.split("\n").map((l) => l.trim()), ...names]);
  const values = Object.entries(en).filter(([key, v]) => typeof v === "string" && key !== "locale").map(([, v]) => v as string);
  const found = values.filter((v) => (v.length >= 16 ? plain(text).includes(plain(v)) : lines.has(v)));
  // The progress caption, whatever its numbers ("Question 3 of up to 12").
  if (/\bof up to\b/.test(text)) found.push(en.questionOf(0, 0));
  return found;
}

const outcomes: [string, Record<string, string[]>, string][] = [
  ["a fresh ankle sprain", visitors.ankleSprain, "physiotherapy"],
  ["losing weight", visitors.loseWeight, "personal-training"],
  ["saddle numbness", visitors.saddleNumbness, "emergency-department"],
  ["training with a heart condition", visitors.heartConditionTraining, "personal-training"],
  ["a stiff back, hands-on", visitors.stiffBackHandsOn, "chiropractic"],
];

test.describe("in French", () => {
  for (const [name, script, outcome] of outcomes) {
    test(`${name}: the whole visit in French, ending in ${outcome}`, async ({ page }) => {
      await page.goto("fr/");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(french.intro.heading));
      await answerUntilResult(page, script, fr.continue);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(plain(title(french, outcome)));
      expect(plain(await page.title())).toContain(plain(fr.resultTitle(title(french, outcome), french.title)).split(" – ")[0]);
      if (outcome === "emergency-department") {
        await expect(page.getByRole("link", { name: /Réserve/ })).toHaveCount(0);
      } else {
        await expect(page.getByRole("link", { name: new RegExp(escape(french.booking.label)) })).toHaveAttribute("href", new RegExp(`care=${outcome}$`));
      }
      if (script === visitors.heartConditionTraining) await expect(page.getByRole("region", { name: plain(french.clearance!.title) })).toBeVisible();
      await expect(page.getByRole("complementary", { name: fr.disclaimerTitle })).toBeVisible();
      expect(await englishInterfaceText(page)).toEqual([]);
    });
  }

  test("chest pain: « Composez le 911 », axe finds nothing, and no English on the screen", async ({ page }) => {
    await page.goto("fr/");
    await answerUntilResult(page, { reason: ["fitness-goal"], "emergency-check": ["chest-pain"] }, fr.continue);
    const call = french.outcomes.find((o) => o.id === "call-911")!;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(plain(call.title));
    await expect(page.getByRole("link", { name: plain(call.action!.label) })).toHaveAttribute("href", "tel:911");
    await noAxeViolations(page);
    expect(await englishInterfaceText(page)).toEqual([]);
  });

  test("axe finds nothing on the French first screen, a question with its error, and a care result; none shows English", async ({ page }) => {
    await page.goto("fr/");
    await expect(page.getByRole("button", { name: fr.continue, exact: true })).toBeEnabled();
    await noAxeViolations(page);
    expect(await englishInterfaceText(page)).toEqual([]);
    await page.getByRole("button", { name: fr.continue, exact: true }).click();
    await expect(page.getByRole("alert")).toContainText(plain(fr.errorSingle));
    await noAxeViolations(page);
    expect(await englishInterfaceText(page)).toEqual([]);
    await answerUntilResult(page, visitors.ankleSprain, fr.continue);
    await noAxeViolations(page);
  });

  test("the print summary is in French", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("fr/");
    await answerUntilResult(page, visitors.loseWeight, fr.continue);
    await page.getByRole("button", { name: fr.copy }).click();
    await expect(page.getByRole("status")).toHaveText(fr.copied);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(`${fr.summaryTitle}\u00a0:`);
    expect(text).toContain(`${fr.summaryResult}\u00a0: ${title(french, "personal-training")}`);
    expect(text).not.toContain(en.summaryTitle);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".print-only").first()).toContainText(fr.summaryDate(new Date()).slice(0, 7));
  });

  test("the embed with data-lang=\"fr\": the frame is named and marked French, and the visit runs in French", async ({ page, context }) => {
    await fakeBookingSites(context);
    await page.goto(`${HOST}/embed.html?lang=fr`);
    const iframe = page.locator("#quiz-1 iframe");
    await expect(iframe).toHaveAttribute("title", frPage.frameTitle);
    await expect(iframe).toHaveAttribute("lang", "fr");
    const frame = page.frameLocator("#quiz-1 iframe");
    await expect(frame.locator("html")).toHaveAttribute("lang", "fr");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(plain(french.intro.heading));
    await expect(frame.getByRole("navigation", { name: fr.languageLabel }).getByRole("link", { name: "English" })).toBeVisible();
    await answerUntilResult(frame, visitors.ankleSprain, fr.continue);
    await expect(frame.getByRole("heading", { level: 1 })).toContainText(title(french, "physiotherapy"));
    expect(await englishInterfaceText(frame)).toEqual([]);
  });
});

test.describe("choosing the language", () => {
  test("?lang=fr on the site's root gives French; a French browser gets French; otherwise English", async ({ page, browser }) => {
    await page.goto("/?lang=fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(french.intro.heading));
    const frenchBrowser = await browser.newContext({ locale: "fr-CA" });
    const other = await frenchBrowser.newPage();
    await other.goto(new URL("/", page.url()).href);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(plain(french.intro.heading));
    await frenchBrowser.close();
    const englishBrowser = await browser.newContext({ locale: "de-DE" });
    const third = await englishBrowser.newPage();
    await third.goto(new URL("/", page.url()).href);
    await expect(third.locator("html")).toHaveAttribute("lang", "en");
    await expect(third.getByRole("heading", { level: 1 })).toHaveText(english.intro.heading);
    await englishBrowser.close();
  });

  test("the switch keeps the answers and the step, both ways, and the choice is remembered", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("radio", { name: "Pain or an injury" }).check();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await page.getByRole("checkbox", { name: "None of these" }).check();
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 of up to");
    const switchLink = page.getByRole("link", { name: "Français" });
    await expect(switchLink).toHaveAttribute("hreflang", "fr");
    await expect(switchLink).toHaveAttribute("lang", "fr");
    await switchLink.click();
    await expect(page).toHaveURL(/\/fr\/\?lang=fr$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 sur");
    await expect(page.getByRole("button", { name: fr.resume })).toHaveCount(0);
    await page.getByRole("button", { name: fr.back }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 2 sur");
    await page.getByRole("button", { name: fr.continue, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 sur");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/\?lang=en$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 of up to");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // The last choice is remembered with the progress: the plain root address opens in it.
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Question 3 sur");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("button", { name: fr.resume })).toBeVisible();
  });
});
