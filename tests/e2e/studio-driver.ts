/**
 * Drives the staff studio's CodeMirror editor the way staff do — keys, typing, pasting —
 * and reads its text back from what the page keeps: the draft in localStorage after any
 * edit, the published file otherwise (CodeMirror only draws the lines in view).
 */
import { devices, expect, type Page } from "@playwright/test";

const EDITOR = "rules/care-quiz.json";

/**
 * Staff edit rules at a desk, so the studio's tests do too. The project's default device is a
 * phone with an Android user agent, and there CodeMirror holds Enter and Backspace back for a
 * moment (Android keyboards send them amid composition changes): a key typed right after an
 * Enter could land before it. CI saw that once, as `{"branches": ` on the line above.
 */
export const AT_A_DESK = {
  userAgent: devices["Desktop Chrome"].userAgent,
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
};

export const editor = (page: Page) => page.getByRole("textbox", { name: EDITOR });

export async function openStudio(page: Page) {
  await page.goto("/preview.html");
  await expect(editor(page)).toContainText('"version"');
}

export async function published(page: Page): Promise<string> {
  return page.evaluate(async () => (await fetch("/rules/care-quiz.source.json", { cache: "no-cache" })).text());
}

/** The editor's whole text. */
export async function editorText(page: Page): Promise<string> {
  const draft = await page.evaluate(() => localStorage.getItem("carefit-preview-draft"));
  return draft === null ? published(page) : (JSON.parse(draft) as { text: string }).text;
}

/**
 * Replaces the whole text as staff do: select all, paste. The paste is the browser's own
 * event with the text on its clipboard data, which CodeMirror reads (typing a whole file as
 * keyboard input took Chromium 30 seconds).
 */
export async function pasteText(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await editor(page).evaluate((content, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", pasted);
    content.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  await expect.poll(() => editorText(page)).toBe(text);
}

/** Puts the cursor at the end of a line (1-based), from the top of the file, and checks it is there. */
export async function cursorToLineEnd(page: Page, line: number) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  const expected = (await editorText(page)).split("\n")[line - 1]!.trim();
  await expect(activeLine(page)).toHaveText(expected);
}

/** The text selected in the editor (it lives in a shadow root, which has its own selection). */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector(".preview-editor__host")?.shadowRoot as (ShadowRoot & { getSelection?: () => Selection | null }) | null | undefined;
    return root?.getSelection?.()?.toString() ?? "";
  });
}

/** The text of the line the cursor is on. */
export const activeLine = (page: Page) => page.locator(".cm-activeLine");
