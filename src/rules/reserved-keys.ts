/**
 * Names JavaScript gives a meaning on every object. As a field name, "__proto__"
 * is silently dropped when the file is read; as an id, "constructor" makes a
 * lookup such as `points["constructor"]` find a built-in function instead of
 * nothing. Both would change results without any message, so they are refused.
 */
import type { JsonPath, Problem } from "./problems.ts";

const RESERVED: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const why = "it has a special meaning in JavaScript, and the quiz would silently mix it up. Use another name.";

/** Runs after checkLimits, so the nesting it walks is already known to be shallow. */
export function checkReservedKeys(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (RESERVED.has(key)) problems.push({ path: [...path, key], message: `"${key}" can't be used as a field name or id: ${why}`, severity: "error", at: "key" });
      else if (key === "id" && typeof child === "string" && RESERVED.has(child)) {
        problems.push({ path: [...path, key], message: `"${child}" can't be used as an id: ${why}`, severity: "error" });
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return problems;
}
