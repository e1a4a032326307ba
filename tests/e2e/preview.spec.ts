/** The staff preview: edit the rules, see located problems, jump to them, fix them, try the quiz, keep a draft. */
import { expect, test } from "@playwright/test";
import { AT_A_DESK, editor, editorText, openStudio, pasteText, selectedText } from "./studio-driver.ts";

test.use(AT_A_DESK);

test("an edit shows a located error, clicking it selects the mistake, and fixing it updates the quiz", async ({ page }) => {
  await openStudio(page);
  // The only warnings of the shipped rules: clinical text not yet reviewed by a clinician.
  await expect(page.getByRole("status")).toHaveText(/^0 errors, 13 warnings/);
  await expect(page.getByRole("button", { name: /Outcome "call-911" has not been reviewed by a clinician/ })).toBeVisible();
  const quiz = page.getByRole("region", { name: "Try it" });
  await expect(quiz.getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");

  const good = await editorText(page);
  await pasteText(page, good.replace('"start": "reason"', '"start": "reasons"'));
  await expect(page.getByRole("status")).toHaveText(/1 error, 13 warnings/);
  const problem = page.getByRole("button", { name: /Line 14, column 12 start: "reasons" is not a question id — did you mean "reason"\?/ });
  await expect(problem).toBeVisible();
  await problem.click();
  await expect(editor(page)).toBeFocused();
  expect(await selectedText(page)).toBe('"reasons"');
  // While broken, the quiz keeps running on the last good rules.
  await expect(quiz.getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");

  await pasteText(page, good.replace('"heading": "Which care fits me?"', '"heading": "Find your care"'));
  await expect(page.getByRole("status")).toHaveText(/^0 errors, 13 warnings/);
  await expect(quiz.getByRole("heading", { level: 1 })).toHaveText("Find your care");
  await expect(quiz.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeVisible();
});

test("the path explorer counts paths per outcome and filters them", async ({ page }) => {
  test.slow(); // the walk over every path of the default rules, in a worker, on a busy machine
  await page.goto("/preview.html");
  const paths = page.getByRole("region", { name: "Paths" });
  await expect(paths).toContainText(/[\d,]+ paths(?: \(stopped counting at the limit\))?\. The longest asks \d+ questions/, { timeout: 170_000 });
  const chiro = paths.getByRole("radio", { name: /Chiropractic care \(\d+\)/ });
  const count = (await chiro.evaluate((el) => el.parentElement!.textContent!)).match(/\((\d+)\)/)![1]!;
  await chiro.check();
  await expect(paths.getByRole("table")).toContainText(new RegExp(`(First \\d+ of )?${count} paths`));
  await expect(paths.getByRole("row").nth(1).getByRole("cell").nth(1)).toHaveText("Chiropractic care");
  await expect(paths.getByRole("cell", { name: "Physiotherapy", exact: true })).toHaveCount(0);
});

test("the preview does not touch a visitor's saved progress", async ({ page }) => {
  await page.goto("/preview.html");
  const quiz = page.getByRole("region", { name: "Try it" });
  await quiz.getByRole("radio", { name: "A fitness goal" }).check();
  await quiz.getByRole("button", { name: "Continue" }).click();
  await expect(quiz.getByRole("heading", { level: 1 })).toContainText("Do you have any of these");
  expect(await page.evaluate(() => localStorage.getItem("carefit-progress"))).toBeNull();
});

test("downloads the edited rules", async ({ page }) => {
  await openStudio(page);
  await pasteText(page, (await editorText(page)).replace(/"version": "[^"]*"/, '"version": "2026-12-01.1"'));
  // The button names the file it saves, which is the file staff replace on the site.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download care-quiz.json" }).click()]);
  expect(download.suggestedFilename()).toBe("care-quiz.json");
  const { readFile } = await import("node:fs/promises");
  expect(JSON.parse(await readFile((await download.path())!, "utf8")).version).toBe("2026-12-01.1");
});

test("a condition nested 2,000 deep gets a located message, the text stays, and a reload keeps it as a draft", async ({ page }) => {
  test.slow(); // three full loads and checks of the rules file: slow on a busy machine, and nothing here is timed
  await openStudio(page);
  const published = await editorText(page);
  // The first condition in the file, wrapped in 2,000 "not"s: this used to blank the page and lose the text.
  const deep = published.replace(/"when": (\{[^{}]*\})/, (_, leaf: string) => `"when": ${'{ "not": '.repeat(2_000)}${leaf}${" }".repeat(2_000)}`);
  const at = deep.indexOf('{ "not": ');
  const line = deep.slice(0, at).split("\n").length;
  const column = at - deep.lastIndexOf("\n", at - 1);
  await pasteText(page, deep);

  // Warnings (e.g. reviews due) don't matter here; the one error does.
  await expect(page.getByRole("status")).toHaveText(/^1 error, /);
  await expect(page.getByRole("button", {
    name: new RegExp(`Line ${line}, column ${column} questions\\[\\d+\\]\\.branches\\[\\d+\\]\\.when: This condition is nested 2,001 deep; the limit is 32\\.`),
  })).toBeVisible();
  await expect(page.getByRole("region", { name: "Try it" }).getByRole("heading", { level: 1 })).toHaveText("Which care fits me?");
  expect(await editorText(page)).toBe(deep);

  await page.reload();
  await expect(editor(page)).toContainText('"version"');
  expect(await editorText(page)).toBe(deep);
  await expect(page.getByText(/This is your draft from .*, kept in this browser; it is not on the site\./)).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^1 error, /);
  expect(await page.evaluate(() => localStorage.getItem("carefit-progress"))).toBeNull();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Go back to the published rules" }).click();
  await expect(editor(page)).toContainText('"heading": "Which care fits me?"');
  await expect(page.getByRole("status")).toHaveText(/^(No problems found|0 errors)/);
  expect(await page.evaluate(() => localStorage.getItem("carefit-preview-draft"))).toBeNull();
  await page.reload();
  await expect(editor(page)).toContainText('"heading": "Which care fits me?"');
  await expect(page.getByRole("button", { name: "Go back to the published rules" })).toHaveCount(0);
});
