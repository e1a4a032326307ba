/**
 * Property tests: whatever a staff member does to a valid rules file — or whatever
 * bytes, depth or size it has — the checker never throws, and answers either
 * "valid" or with problems that each carry a JSON path and a position inside the file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRulesText, type TextCheck } from "../../../src/rules/check-text.ts";
import { LIMITS } from "../../../src/rules/limits.ts";
import { decodeRulesFile } from "../../../src/rules/text-encoding.ts";
import { validateRules } from "../../../src/rules/validate.ts";
import { cleanRules } from "../fixtures.ts";
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
      // A copy: fast-check may hand the same value to two mutations, and inserting one
      // object twice, once inside itself, would make a cycle no JSON file can have.
      (parent as Record<string | number, Json>)[key] = structuredClone(m.value);
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

/** Every problem sits on a line and column that exist in the text. */
function expectPlaced(text: string, { problems }: TextCheck) {
  const lines = text.split("\n").length;
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines);
    expect(p.column).toBeGreaterThanOrEqual(1);
  }
}

describe("the checker on hostile input", () => {
  // Written as text: JSON.stringify itself recurses, and overflows on the deepest of these.
  const wrappers: Record<string, [string, string]> = {
    not: ['{"not":', "}"],
    all: ['{"all":[', "]}"],
    any: ['{"any":[{"question":"first","equals":"a"},', "]}"],
  };

  it("never throws on a condition nested at any depth, and refuses exactly those deeper than the limit", () => {
    const base = JSON.stringify(cleanRules());
    const leaf = '{"question":"first","equals":"b"}';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.array(fc.constantFrom("not", "all", "any"), { minLength: 1, maxLength: 3 }), (depth, kinds) => {
        const levels = Array.from({ length: depth - 1 }, (_, i) => wrappers[kinds[i % kinds.length]!]!);
        const when = levels.map(([open]) => open).join("") + leaf + levels.map(([, close]) => close).reverse().join("");
        const text = base.replace(leaf, when);
        const check = checkRulesText(text);
        expectPlaced(text, check);
        const refused = check.problems.some((p) => p.message.startsWith(`This condition is nested ${depth.toLocaleString("en")} deep`));
        expect(refused).toBe(depth > LIMITS.conditionDepth);
        expect(validateRules(JSON.parse(text)).ok).toBe(depth <= LIMITS.conditionDepth);
      }),
      { numRuns: 60 },
    );
  });

  it("never throws on brackets and condition fields piled up to any depth, closed or not", () => {
    const piece = fc.constantFrom("[", "]", "{", "}", '{"when":', '{"not":', '{"all":[', '"a":', ",", "1", '"x"');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 4_000 })), { maxLength: 6 }), (runs) => {
        const text = runs.map(([p, n]) => p.repeat(n)).join("");
        const check = checkRulesText(text);
        expect(check.model).toBeNull();
        expect(check.problems.length).toBeGreaterThan(0);
        expectPlaced(text, check);
      }),
      { numRuns: 100 },
    );
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4_096 }), (bytes) => {
        const text = decodeRulesFile(bytes);
        const check = checkRulesText(text);
        expect(check.model).toBeNull();
        expectPlaced(text, check);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on huge files: many options, questions, long texts", () => {
    fc.assert(
      fc.property(fc.nat({ max: 60_000 }), fc.nat({ max: 2_000 }), fc.nat({ max: 2_500_000 }), (options, questions, textLength) => {
        const rules = cleanRules();
        rules.questions[1]!.options.push(...Array.from({ length: options }, (_, i) => ({ id: `o${i}`, label: "O", points: {} })));
        rules.questions.push(...Array.from({ length: questions }, (_, i) => ({ ...rules.questions[0]!, id: `q${i}` })));
        rules.disclaimer = "x".repeat(textLength + 1);
        const text = JSON.stringify(rules);
        const check = checkRulesText(text);
        expectPlaced(text, check);
        const overLimit = options + 5 > LIMITS.items.options || questions + 2 > LIMITS.items.questions || textLength + 1 > LIMITS.textLength;
        expect(check.model === null).toBe(overLimit);
      }),
      { numRuns: 8 },
    );
  });
});
