/**
 * Property tests: whatever a staff member does to a valid rules file, the checker
 * never throws, and answers either "valid" or with problems that each carry a
 * JSON path and a position inside the file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRulesText } from "../../../src/rules/check-text.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { defaultRules } from "../helpers.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...prefix, i])));
  if (value !== null && typeof value === "object") return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

function parentOf(root: Json, path: (string | number)[]): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, Json>)[key];
  return node;
}

type Mutation = { kind: "delete" | "replace" | "duplicate"; pick: number; value: Json };

function mutate(rules: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(rules);
  for (const m of mutations) {
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    const path = paths[m.pick % paths.length]!;
    const parent = parentOf(copy, path) as Record<string | number, Json> | Json[];
    const key = path.at(-1)!;
    if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.kind === "duplicate" && Array.isArray(parent)) {
      parent.push(structuredClone(parent[key as number]!));
    } else {
      (parent as Record<string | number, Json>)[key] = m.value;
    }
  }
  return copy;
}

const ids = ["reason", "where", "result", "emergency", "physiotherapy", "none", "pain-injury", "nope", "", "Bad Id"];
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...ids),
  fc.string(),
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.constant<Json>({ question: "reason", includes: "pain-injury" }),
) as fc.Arbitrary<Json>;
const mutation = fc.record({ kind: fc.constantFrom("delete", "replace", "duplicate"), pick: fc.nat(), value: jsonValue }) as fc.Arbitrary<Mutation>;

describe("the checker under random edits", () => {
  const base = defaultRules() as unknown as Json;

  it("never throws on structurally edited rules, and every problem has a path", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const edited = mutate(base, mutations);
        const result = validateRules(edited);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(Array.isArray(p.path)).toBe(true);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(result.problems.some((p) => p.severity === "error")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on text edits (typing, deleting), and locates every problem inside the file", () => {
    const text = JSON.stringify(base, null, 2);
    const edit = fc.record({ at: fc.nat({ max: text.length - 1 }), remove: fc.nat({ max: 3 }), insert: fc.constantFrom("", ",", '"', "}", "]", "x", "“", "//", " ") });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let edited = text;
        for (const e of edits) edited = edited.slice(0, e.at) + e.insert + edited.slice(e.at + e.remove);
        const { problems, model } = checkRulesText(edited);
        if (model !== null) return;
        expect(problems.length).toBeGreaterThan(0);
        const lines = edited.split("\n").length;
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
