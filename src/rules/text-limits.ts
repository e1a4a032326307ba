/**
 * The size limits of limits.ts, checked on the raw text before it is parsed: the
 * JSON parser that locates problems recurses once per level, so a file nested
 * thousands deep must be refused before it runs. Uses the parser's tokenizer,
 * which is a plain loop, and counts conditions exactly as limits.ts does.
 */
import { createScanner } from "jsonc-parser";
import { type ConditionRoot, conditionDepthMessage, inCondition, LIMITS, nestedIn, type Nesting, nestingMessage, TOP } from "./limits.ts";
import type { JsonPath, PlacedProblem } from "./problems.ts";

// jsonc-parser's SyntaxKind values: its enum is declared `const`, which this project's
// module settings can't import.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, end: 17 } as const;

interface Frame {
  readonly nesting: Nesting;
  /** Its field name or list position in the parent frame. */
  readonly key: string | number;
  readonly parent: Frame | undefined;
  readonly list: boolean;
  root: ConditionRoot<Frame> | undefined;
  readonly offset: number;
  index: number;
}

/** The JSON path of a frame, built only for the few that are reported. */
function pathOf(frame: Frame): JsonPath {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

const fileSizeMessage = (characters: number) =>
  `This file has ${characters.toLocaleString("en")} characters; the limit is ${LIMITS.fileCharacters.toLocaleString("en")} (about 2 MB). ` +
  "A rules file is normally well under 100,000: check that nothing was pasted into it by mistake.";

export function checkTextLimits(text: string): PlacedProblem[] {
  if (text.length > LIMITS.fileCharacters) {
    return [{ path: [], offset: 0, length: 0, severity: "error", message: fileSizeMessage(text.length) }];
  }
  const problems: PlacedProblem[] = [];
  const roots: ConditionRoot<Frame>[] = [];
  const frames: Frame[] = [];
  const scanner = createScanner(text, true);
  // The field name or list position of the next value, as JSON paths spell it.
  let key: string | number = "";
  let lastString = "";
  let tooDeep = false;
  for (let token: number = scanner.scan(); token !== TOKEN.end; token = scanner.scan()) {
    const top = frames.at(-1);
    switch (token) {
      case TOKEN.openBrace:
      case TOKEN.openBracket: {
        const nesting = nestedIn(top?.nesting ?? TOP, key);
        const list = token === TOKEN.openBracket;
        const frame: Frame = { nesting, key, parent: top, list, root: undefined, offset: scanner.getTokenOffset(), index: 0 };
        if (nesting.condition === 1 && !nesting.conditionList) roots.push((frame.root = { at: frame, deepest: 1 }));
        else if (inCondition(nesting)) frame.root = top?.root;
        if (frame.root) frame.root.deepest = Math.max(frame.root.deepest, nesting.condition);
        else if (nesting.depth > LIMITS.nesting && !tooDeep) {
          tooDeep = true;
          problems.push({ path: [], offset: frame.offset, length: 1, severity: "error", message: nestingMessage() });
        }
        frames.push(frame);
        key = list ? 0 : "";
        break;
      }
      case TOKEN.closeBrace:
      case TOKEN.closeBracket:
        frames.pop();
        key = "";
        break;
      case TOKEN.comma:
        key = top?.list ? ++top.index : "";
        break;
      case TOKEN.string:
        lastString = scanner.getTokenValue();
        break;
      case TOKEN.colon:
        key = lastString;
        break;
    }
  }
  for (const root of roots) {
    if (root.deepest > LIMITS.conditionDepth) {
      problems.push({ path: pathOf(root.at), offset: root.at.offset, length: 1, severity: "error", message: conditionDepthMessage(root.deepest) });
    }
  }
  return problems;
}
