/**
 * How the rules file's bytes become text, and the invisible-character mistakes
 * that otherwise get a puzzling "Text must be in double quotes".
 *
 * A UTF-8 byte-order mark (BOM) is accepted with a warning, by every reader of
 * the file: Windows editors add one, JSON's standard (RFC 8259) lets readers
 * ignore it, and browsers already drop it when the quiz fetches the file. So
 * the checker, the build, the dev server and the preview accept it too, and say
 * how to remove it. UTF-16 is refused: a browser reading the served file as
 * JSON gets garbage, so the quiz could not start.
 */
import type { PlacedProblem } from "./problems.ts";

const BOM = "\uFEFF";
const REPLACEMENT = "\uFFFD";

/**
 * The file's text exactly as saved, BOM included, so the checker can warn about
 * it (a plain TextDecoder or fetch's `text()` would drop it without a word).
 */
export function decodeRulesFile(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

const startsWithBom = (text: string) => text.startsWith(BOM);

/** The text to parse: a leading BOM becomes a space, so every offset still matches the file as saved. */
export function blankBom(text: string): string {
  return startsWithBom(text) ? ` ${text.slice(1)}` : text;
}

/** The text without a leading BOM, for writing the file out (JSON sent over a network must not have one). */
export function withoutBom(text: string): string {
  return startsWithBom(text) ? text.slice(1) : text;
}

/**
 * UTF-16 read as UTF-8 starts with two replacement characters (its byte-order
 * mark) or has a NUL between every letter (without one): a JSON file has neither.
 */
const looksLikeUtf16 = (text: string) => text.startsWith(REPLACEMENT + REPLACEMENT) || text.slice(0, 64).includes("\u0000");

/** Problems with how the file was saved, before any parsing. An error here means parsing would only add noise. */
export function encodingProblems(text: string): PlacedProblem[] {
  const at = (offset: number, severity: "error" | "warning", message: string): PlacedProblem =>
    ({ path: [], offset, length: 1, severity, message });
  if (looksLikeUtf16(text)) {
    return [at(0, "error", "This file is saved as UTF-16 (\"Unicode\"), which the quiz can't read. Save it again as UTF-8: in most editors, Save As and choose the encoding \"UTF-8\".")];
  }
  const problems: PlacedProblem[] = [];
  if (startsWithBom(text)) {
    problems.push(at(0, "warning", "The file starts with an invisible byte-order mark (BOM). It is ignored, but save the file as \"UTF-8\" rather than \"UTF-8 with BOM\" to remove it."));
  }
  const lost = text.indexOf(REPLACEMENT);
  if (lost !== -1) {
    problems.push(at(lost, "warning", `"${REPLACEMENT}" marks a character that was lost because the file was saved in another encoding than UTF-8 (e.g. Windows-1252). Retype it, and save the file as UTF-8.`));
  }
  return problems;
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

const INVISIBLE: Readonly<Record<number, string>> = {
  0x00a0: "a non-breaking space",
  0x200b: "a zero-width space",
  0x2028: "a line separator",
  0x2029: "a paragraph separator",
  0xfeff: "a byte-order mark",
};

function describeInvisible(code: number): string | undefined {
  if (INVISIBLE[code]) return INVISIBLE[code];
  if (code < 0x20 || code === 0x7f) return `an invisible control character (${hex(code)})`;
  if (code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return `a special space (${hex(code)})`;
  return undefined;
}

/**
 * A specific message for a syntax error caused by an invisible character, and
 * where that character is; undefined for any other syntax error.
 * `InvalidSymbol` points at the character; `InvalidCharacter` at the text that contains it.
 */
export function invisibleCharacterHint(text: string, offset: number, code: string):
  { message: string; offset: number } | undefined {
  if (code === "InvalidSymbol") {
    const what = describeInvisible(text.charCodeAt(offset));
    if (what === undefined) return undefined;
    const copied = text.charCodeAt(offset) === 0xa0 ? " (often copied from a web page or a word processor)" : "";
    return { offset, message: `There is ${what} here${copied}, which JSON doesn't allow outside quotes. Delete it and type an ordinary space if one is needed.` };
  }
  if (code !== "InvalidCharacter") return undefined;
  for (let i = offset + 1; i < text.length && text[i] !== '"'; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x09) return { offset: i, message: "There is a tab inside this text, which JSON doesn't allow. Replace it with spaces." };
    if (c < 0x20) return { offset: i, message: `There is ${describeInvisible(c)} inside this text, which JSON doesn't allow. Delete it.` };
  }
  return undefined;
}
