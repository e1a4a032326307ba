/**
 * Checks a rules file as text: syntax, schema and logic, with every problem
 * located at a line and column. Shared by the `rules:check` command, the build,
 * the dev server's overlay and the staff preview, so staff see one verdict everywhere.
 * It never throws: whatever the text, the answer is a list of located problems.
 */
import * as z from "zod/mini";
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { duplicateKeys } from "./duplicate-keys.ts";
import type { LogicOptions } from "./logic.ts";
import type { QuizModel } from "./model.ts";
import { formatPath, internalErrorMessage, type JsonPath, type PlacedProblem, type Problem } from "./problems.ts";
import { mergeResultTexts, RESULTS_FIELD, type ResultTexts } from "./result-texts.ts";
import { blankBom, encodingProblems, invisibleCharacterHint } from "./text-encoding.ts";
import { checkTextLimits } from "./text-limits.ts";
import { validateRules } from "./validate.ts";

// zod's mini build ships without message text. Most messages are our own (see
// explain-issue.ts); English defaults for the rest load here, with the located
// checker, rather than in every visitor's bundle.
z.config(z.locales.en());

export interface LocatedProblem extends Problem {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly length: number;
}

export interface CheckOptions extends LogicOptions {
  /**
   * The texts a file the build served names in `"$results"` (result-texts.ts), merged in
   * before the schema and the logic are checked: the pair is checked as one rules file, and
   * problems are located in this file's text (at the nearest place for a merged text).
   */
  readonly resultTexts?: ResultTexts;
}

export interface TextCheck {
  readonly problems: readonly LocatedProblem[];
  /** The model when there are no errors (warnings allowed). */
  readonly model: QuizModel | null;
}

const syntaxHints: Record<string, string> = {
  PropertyNameExpected: "Expected a field name in double quotes. A comma after the last field (a trailing comma) is not allowed in JSON.",
  ValueExpected: "Expected a value. A comma after the last item (a trailing comma) is not allowed in JSON.",
  CommaExpected: "Expected a comma between two items or fields.",
  ColonExpected: "Expected a colon between a field name and its value.",
  CloseBraceExpected: "Expected } to close this object: check for a missing comma or brace.",
  CloseBracketExpected: "Expected ] to close this list: check for a missing comma or bracket.",
  UnexpectedEndOfString: "This text is missing its closing double quote.",
  InvalidSymbol: "Unexpected character. Text must be in double quotes; true, false and numbers are written bare.",
  InvalidCommentToken: "JSON does not allow comments.",
  EndOfFileExpected: "Unexpected text after the end of the file's main { … }.",
  InvalidEscapeCharacter: "Invalid escape: write a backslash as \\\\ and a quote as \\\".",
};

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function position(starts: readonly number[], offset: number) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** The node a JSON path names, or its nearest existing ancestor (a missing field points at its object). */
function nodeFor(tree: Node, path: JsonPath): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
    if (node) return node;
  }
  return tree;
}

export function locate(text: string, tree: Node | undefined, problems: readonly Problem[]): LocatedProblem[] {
  const starts = lineStarts(text);
  return problems.map((p) => {
    let node = tree ? nodeFor(tree, p.path) : undefined;
    // An unknown field is reported at its name, not at its value.
    if (node && p.at === "key" && node.parent?.type === "property") node = node.parent.children?.[0] ?? node;
    const offset = node?.offset ?? 0;
    return { ...p, ...position(starts, offset), offset, length: node?.length ?? 0 };
  });
}

function syntaxProblem(text: string, starts: readonly number[], e: ParseError): LocatedProblem {
  const code = printParseErrorCode(e.error);
  const invisible = invisibleCharacterHint(text, e.offset, code);
  const offset = invisible?.offset ?? e.offset;
  return {
    path: [],
    message: `JSON syntax error: ${invisible?.message ?? syntaxHints[code] ?? code}`,
    severity: "error",
    ...position(starts, offset),
    offset,
    length: invisible ? 1 : e.length,
  };
}

/** A JSON file's text after the steps every checked file starts with, or the problems that stopped them. */
export type ParsedText =
  | { readonly ok: false; readonly problems: LocatedProblem[] }
  | { readonly ok: true; readonly json: string; readonly tree: Node; readonly starts: number[]; readonly encoding: LocatedProblem[] };

/**
 * Size and encoding first and alone (everything after reads the whole text), then the
 * syntax: shared by rules files and their translation files, so both get the same messages.
 */
export function parseJsonText(text: string): ParsedText {
  const limits = checkTextLimits(text);
  const found = limits.length > 0 ? [] : encodingProblems(text);
  const starts = lineStarts(text);
  const place = (p: PlacedProblem): LocatedProblem => ({ ...p, ...position(starts, p.offset) });
  const encoding = found.map(place);
  if ([...found, ...limits].some((p) => p.severity === "error")) return { ok: false, problems: [...encoding, ...limits.map(place)] };
  const json = blankBom(text);
  const errors: ParseError[] = [];
  const tree = parseTree(json, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || tree === undefined) {
    // Only the first syntax error: the ones after it are usually knock-on effects of it.
    const first = errors[0] ?? ({ error: 4, offset: 0, length: 0 } as ParseError);
    return { ok: false, problems: [...encoding, syntaxProblem(json, starts, first)] };
  }
  return { ok: true, json, tree, starts, encoding };
}

/** The parsed file with the result texts it names merged in, and a warning for any that fit nowhere. */
function withResultTexts(data: unknown, texts: ResultTexts): { data: unknown; unused: Problem[] } {
  if (typeof data !== "object" || data === null || !(RESULTS_FIELD in data)) return { data, unused: [] };
  const { [RESULTS_FIELD]: _named, ...rules } = data as Record<string, unknown>;
  const merged = mergeResultTexts(rules, texts);
  const unused = merged.unused.length === 0 ? [] : [{
    path: [RESULTS_FIELD],
    message: `${merged.unused.length} of the result texts this file names fit nowhere in it (${merged.unused.slice(0, 3).join(", ")}${merged.unused.length > 3 ? ", …" : ""}).`,
    severity: "warning",
  } as const];
  return { data: merged.rules, unused };
}

function check(text: string, options: CheckOptions): TextCheck {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { problems: parsed.problems, model: null };
  const { json, tree, starts, encoding } = parsed;
  const place = (p: PlacedProblem): LocatedProblem => ({ ...p, ...position(starts, p.offset) });
  const duplicates = duplicateKeys(tree, (offset) => position(starts, offset).line);
  const { resultTexts, ...logic } = options;
  const { data, unused } = resultTexts ? withResultTexts(JSON.parse(json) as unknown, resultTexts) : { data: JSON.parse(json) as unknown, unused: [] };
  const result = validateRules(data, logic);
  const checked = locate(text, tree, [...unused, ...(result.ok ? result.warnings : result.problems)]);
  const problems = [...encoding, ...duplicates.map(place), ...checked].sort((a, b) => a.offset - b.offset);
  return { problems, model: result.ok && duplicates.length === 0 ? result.model : null };
}

export function checkRulesText(text: string, options: CheckOptions = {}): TextCheck {
  try {
    return check(text, options);
  } catch (error) {
    return { problems: [{ path: [], message: internalErrorMessage(error), severity: "error", line: 1, column: 1, offset: 0, length: 0 }], model: null };
  }
}

/** `rules/care-quiz.json:42:17 questions[3].next: "pain-lvl" is not a question id …` */
export function formatLocated(file: string, p: LocatedProblem): string {
  const where = formatPath(p.path);
  const severity = p.severity === "warning" ? "warning: " : "";
  return `${file}:${p.line}:${p.column} ${severity}${where === "" ? "" : `${where}: `}${p.message}`;
}
