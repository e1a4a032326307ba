/** The staff studio: editor diagnostics, completion, words edited in the quiz, the map, the comparison, the draft. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { AT_A_DESK, activeLine, cursorToLineEnd, editor, editorText, openStudio, pasteText, published } from "./studio-driver.ts";

test.use(AT_A_DESK);

const fixture = (name: string) => readFileSync(new URL(`../rules-diff/${name}.json`, import.meta.url), "utf8");

test("a mistyped id is underlined where it is, with an error marker on its line in the gutter", async ({ page }) => {
  await openStudio(page);
  // Line 14 is `"start": "reason",`: type an "s" before its closing quote.
  await cursorToLineEnd(page, 14);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("s");
  await expect(page.getByRole("status")).toHaveText(/^1 error, /);

  const underline = page.locator(".cm-lintRange-error");
  await expect(underline).toHaveText('"reasons"');
  const marker = page.locator(".cm-gutter-lint .cm-gutterElement").filter({ has: page.locator(".cm-lint-marker-error") });
  await expect(marker).toHaveCount(1);
  const lineNumber = page.locator(".cm-lineNumbers .cm-gutterElement", { hasText: /^14$/ });
  const [markerBox, lineBox] = [await marker.boundingBox(), await lineNumber.boundingBox()];
  expect(Math.abs(markerBox!.y - lineBox!.y)).toBeLessThan(2);
  // The marker says what is wrong, in words.
  await marker.hover();
  await expect(page.locator(".cm-tooltip-lint")).toContainText('start: "reasons" is not a question id — did you mean "reason"?');
});

test("completion offers the field names a question may still have, each with its description", async ({ page }) => {
  await openStudio(page);
  await cursorToLineEnd(page, 16); // `"id": "reason",` in the first question
  await page.keyboard.press("Enter");
  await expect(activeLine(page)).toHaveText("");
  await page.keyboard.type('"');
  const list = page.locator(".cm-tooltip-autocomplete");
  await expect(list.getByRole("option", { name: /branches/ })).toBeVisible();
  await expect(list.getByRole("option", { name: /^text/ })).toHaveCount(0); // already there
  await page.keyboard.type("bra");
  await expect(list.getByRole("option")).toHaveCount(1);
  await expect(page.locator(".cm-completionInfo")).toHaveText(/Checked in order once the question is answered; the first whose condition is true decides where to go\./);
  await page.keyboard.press("Enter");
  await expect(activeLine(page)).toHaveText('"branches": ');
});

test("changing a question's words in the quiz changes only that string in the file, and a reload keeps it as a draft", async ({ page }) => {
  await openStudio(page);
  const before = await published(page);
  const quiz = page.getByRole("region", { name: "Try it" });
  await quiz.getByRole("button", { name: "Edit words" }).click();
  await quiz.getByText("What brings you here today?").click();
  const words = quiz.getByRole("textbox", { name: /Words at questions\.reason\.text/ });
  await expect(words).toHaveValue("What brings you here today?");
  await words.fill("Why are you here today?");
  await quiz.getByRole("button", { name: "Save words" }).click();

  const expected = before.replace('"text": "What brings you here today?"', '"text": "Why are you here today?"');
  expect(expected).not.toBe(before);
  await expect.poll(() => editorText(page)).toBe(expected);
  await expect(quiz.getByRole("heading", { name: /Why are you here today\?/ })).toBeVisible();

  // An answer's label, found by the question it belongs to.
  await quiz.getByText("A fitness goal").click();
  await expect(quiz.getByRole("textbox", { name: /Words at questions\.reason\.options\.fitness-goal\.label/ })).toHaveValue("A fitness goal");
  await quiz.getByRole("button", { name: "Cancel" }).click();

  await page.reload();
  await expect(page.getByText(/This is your draft from .*, kept in this browser; it is not on the site\./)).toBeVisible();
  expect(await editorText(page)).toBe(expected);
  await expect(editor(page)).toContainText("Why are you here today?");
});

test("selecting a box on the map puts the editor's cursor on that question", async ({ page }) => {
  await openStudio(page);
  const map = page.getByRole("region", { name: "Map" });
  await map.locator('[data-node="how-started"]').click();
  await expect(activeLine(page)).toHaveText('"id": "how-started",');
  await expect(editor(page)).toBeFocused();
  // By keyboard too.
  await map.locator('[data-node="physiotherapy"]').focus();
  await page.keyboard.press("Enter");
  await expect(activeLine(page)).toHaveText('"id": "physiotherapy",');
});

test("comparing with the published rules counts the visitors a rerouted branch moves, urgent → care first", async ({ page }) => {
  await page.route("**/rules/care-quiz.source.json", (route) => route.fulfill({ contentType: "application/json", body: fixture("before") }));
  await openStudio(page);
  await pasteText(page, fixture("rerouted"));
  await page.getByRole("button", { name: "Compare with the published rules" }).click();
  const result = page.getByRole("region", { name: "What this changes for visitors" }).getByRole("status");
  await expect(result).toContainText("3 paths of 8 change outcome.");
  await expect(result).toContainText("1 path moves from an urgent outcome to a care outcome.");
  const changes = result.getByRole("listitem");
  await expect(changes).toHaveCount(3);
  await expect(changes.first()).toHaveText(/^1 path: Go to an emergency department \(urgent\) → Chiropractic care \(care\)e\.g\. where: My neck → back-check: None of these \(the published rules also asked neck-check: Yes, dizziness\)$/);
  await expect(changes.first()).toHaveCSS("color", "rgb(179, 38, 30)"); // the error colour, --cf-error

  // Back to the published wording: nothing changes.
  await pasteText(page, fixture("reworded"));
  await expect(result).toContainText("No outcome changes: 6 paths compared.");
});

test("an edit the safety proof refuses is listed in the checks, in red, as rules:check and the build would refuse it", async ({ page }) => {
  await openStudio(page);
  const checks = page.getByRole("region", { name: "Checks" });
  await pasteText(page, fixture("reworded"));
  await expect(checks.getByRole("status")).toHaveText(/^0 errors, 7 warnings\. Every path is safe\./);
  // The neck's red-flag screen bypassed: the text is well-formed, the walk finds it unreachable.
  await pasteText(page, fixture("rerouted"));
  const status = checks.getByRole("status");
  await expect(status).toHaveText(/^2 safety errors, 8 warnings\. Not safe for visitors: rules:check and the build refuse this file/);
  await expect(status).toHaveCSS("color", "rgb(179, 38, 30)"); // --cf-error
  const faults = checks.getByRole("listitem").filter({ hasText: /^safety / });
  await expect(faults).toHaveText(["safety question neck-check is unreachable", "safety red flag neck-check/dizzy was never tried"]);
  await expect(faults.first()).toHaveCSS("color", "rgb(179, 38, 30)");
});

test("a path in the explorer starts the quiz beside the editor with its answers", async ({ page }) => {
  test.slow(); // the walk over every path of the default rules, on a busy machine
  await openStudio(page);
  const paths = page.getByRole("region", { name: "Paths" });
  await expect(paths).toContainText("Safety: every path checked, no problems.", { timeout: 170_000 });
  await expect(page.getByRole("region", { name: "Checks" }).getByRole("status")).toContainText("Every path is safe.");
  await paths.getByRole("radio", { name: /Chiropractic care \(\d+\)/ }).check();
  await paths.getByRole("button", { name: "Try path 1 in the quiz" }).click();
  await expect(page.getByRole("region", { name: "Try it" }).locator("article.result h1")).toContainText("Chiropractic care");
});
