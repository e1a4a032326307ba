/**
 * A field written twice in one object. JSON.parse keeps the last one without a
 * word, so adding `"next": "result"` below `"next": "heart-check"` silently
 * skips every question in between; the parse tree still has both, so we can
 * point at each.
 */
import { getNodePath, type Node } from "jsonc-parser";
import type { PlacedProblem } from "./problems.ts";

export function duplicateKeys(tree: Node, lineOf: (offset: number) => number): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "object") {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        if (name === undefined || typeof name.value !== "string") continue;
        const first = seen.get(name.value);
        if (first === undefined) seen.set(name.value, name);
        else {
          problems.push({
            path: value ? getNodePath(value) : [],
            offset: name.offset,
            length: name.length,
            severity: "error",
            at: "key",
            message: `"${name.value}" is written twice in this object (first on line ${lineOf(first.offset)}). Only this one would count and the first would be silently ignored: delete the one you don't mean.`,
          });
        }
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return problems;
}
