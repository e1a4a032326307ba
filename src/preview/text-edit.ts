/**
 * The change to the rules text that sets one string, made at exactly that spot: the
 * value's quotes and what is between them, nothing else, so the file's formatting,
 * order and everything around stays as staff wrote it (jsonc-parser's `modify`).
 */
import { modify } from "jsonc-parser";
import type { JsonPath } from "../rules/problems.ts";

export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** In order of position; apply from the last so earlier offsets stay right. */
export function textEdits(text: string, path: JsonPath, value: string): TextChange[] {
  const edits = modify(text, [...path], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } });
  return edits.map((e) => ({ from: e.offset, to: e.offset + e.length, insert: e.content })).sort((a, b) => a.from - b.from);
}
