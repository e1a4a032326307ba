/** A clinic replaced the rules file on its server with a broken one: visitors still get a calm page and a way to book. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { type RulesJson, serveEditedRules } from "./network.ts";

/**
 * The calm screen keeps what a visitor may urgently need, baked in at build time from the
 * rules that passed the build: the most urgent outcome's action and the disclaimer.
 */
async function expectSafetyLineAndDisclaimer(page: Page) {
  const built = (await (await page.request.get("/rules/care-quiz.json")).json()) as RulesJson;
  const action = built.outcomes.find((o: RulesJson) => o.kind === "urgent" && o.action).action;
  await expect(page.getByText(/chest pain/i)).toBeVisible();
  await expect(page.getByRole("link", { name: action.label })).toHaveAttribute("href", action.href);
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText(built.disclaimer);
}

const brokenCases = {
  "with a trailing comma": (good: string) => good.replace('"title": "Which care fits me?",', '"title": "Which care fits me?",,'),
  "with a red flag pointing at an ordinary question": (good: string) => good.replace('"redFlag": "emergency-department"', '"redFlag": "limits"'),
  "that is empty": () => "",
  // JSON.parse keeps the last of two equal keys: this would silently skip every red-flag screen.
  "with a field written twice": (good: string) => good.replace('"next": "emergency-check"', '"next": "emergency-check", "next": "result"'),
};

for (const [name, breakIt] of Object.entries(brokenCases)) {
  test(`a rules file ${name} shows the "being updated" screen with a booking link, and the located error in the console`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.route("**/rules/care-quiz.json", async (route) => {
      // The build ships a compact file; staff who replace it on the server write it out in full.
      const good = JSON.stringify(await (await route.fetch()).json(), null, 2);
      await route.fulfill({ contentType: "application/json", body: breakIt(good) });
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
    await expect(page.getByRole("link", { name: /Book a free consult/ })).toHaveAttribute("href", "https://clinic.example/book");
    await expect.poll(() => errors.join("\n")).toMatch(/rules\/care-quiz\.json:\d+:\d+ /);
    await expectSafetyLineAndDisclaimer(page);
  });
}

const wronglyTyped: Record<string, (rules: RulesJson) => void> = {
  "question 1's option label is an object": (rules) => {
    rules.questions.find((q: RulesJson) => q.id === rules.start).options[0].label = { text: "Pain" };
  },
  "the introduction's paragraphs are one string": (rules) => {
    rules.intro.paragraphs = "Answer a few short questions.";
  },
};

for (const [name, edit] of Object.entries(wronglyTyped)) {
  test(`a first-screen field of the wrong type (${name}) shows the "being updated" screen, not a blank page`, async ({ page }) => {
    const crashes: string[] = [];
    page.on("pageerror", (e) => crashes.push(e.message));
    await serveEditedRules(page, edit);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
    await page.waitForTimeout(300);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
    await expectSafetyLineAndDisclaimer(page);
    expect(crashes).toEqual([]);
  });
}

test('a missing rules file shows the "being updated" screen too', async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.route("**/rules/care-quiz.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
  await expect(page.getByRole("link", { name: /Book a free consult/ })).toBeVisible();
  expect(errors.join("\n")).toContain("could not be loaded (HTTP 404)");
  await expectSafetyLineAndDisclaimer(page);
});

test("a replaced, valid rules file is used without rebuilding", async ({ page }) => {
  await page.route("**/rules/care-quiz.json", async (route) => {
    const rules = await (await route.fetch()).json();
    rules.intro.heading = "Find the right care at Harbour Clinic";
    await route.fulfill({ json: rules });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find the right care at Harbour Clinic");
});

test('the "being updated" screen has no accessibility violations, in light and dark', async ({ page }) => {
  await page.route("**/rules/care-quiz.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  for (const theme of ["light", "dark"]) {
    await page.goto(`/?theme=${theme}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This quiz is being updated");
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]).analyze();
    expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
