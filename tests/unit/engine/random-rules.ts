/**
 * Small random rule sets for property tests of the path walk: 2–5 questions, single
 * and multiple choice, 2–5 options with random points, scores, clearance, exclusive
 * and red flags; branches, outcome rules, adjustments and secondary suggestions with
 * random conditions (all/any/not, equals/includes, score thresholds).
 *
 * `checkedRules` only links forward, as the checker requires; `uncheckedRules` may
 * link anywhere (loops, red flags to questions or care, ids that don't exist), for
 * the broken files the safety analysis must still walk.
 */
import fc from "fast-check";
import type { Condition, Option, Question, Rules } from "../../../src/rules/schema.ts";

const CARE = ["c0", "c1", "c2"];
const URGENT = ["u0", "u1"];
const SCORES = ["s0", "s1"];


interface Shape {
  readonly type: "single" | "multiple";
  readonly options: number;
}

const answersTo = (s: Shape) => (s.type === "single" ? s.options : 2 ** s.options - 1);

/** Question types and option counts, with few enough answer logs in all for brute force to list them quickly. */
const shapes = (maxLogs: number) => fc
  .array(fc.record({ type: fc.constantFrom("single" as const, "multiple" as const), options: fc.integer({ min: 2, max: 5 }) }), {
    minLength: 2,
    maxLength: 5,
  })
  .filter((qs) => qs.reduce((n, s) => n * answersTo(s), 1) <= maxLogs);

const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: arb, weight: 1 });
const amounts = (ids: string[], min: number, max: number) =>
  fc.dictionary(fc.constantFrom(...ids), fc.integer({ min, max }), { minKeys: 1, maxKeys: 2 });

/** Drops undefined fields: the rules are data, as if read from a file. */
const clean = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** Points and scores. Each question draws its options' from a pool of 1–3, so options often share an effect, as in real quizzes. */
const someEffect = fc.record({ points: sometimes(amounts(CARE, -2, 3)), scores: sometimes(amounts(SCORES, 1, 2)) });

function option(type: Shape["type"], redFlags: fc.Arbitrary<string>, exclusiveFlags: boolean) {
  return fc
    .record({
      effect: fc.nat(),
      clearance: rarely(fc.constant(true)),
      exclusive: type === "multiple" ? rarely(fc.constant(true)) : fc.constant(undefined),
      redFlag: rarely(redFlags),
    })
    // The checker rejects a red flag on "none of these" (exclusive).
    .map((o) => (exclusiveFlags || !o.exclusive ? o : { ...o, redFlag: undefined }));
}

/** Conditions over the given questions' options and the scores, up to two levels deep. */
export function condition(questions: readonly { id: string; options: number }[]): fc.Arbitrary<Condition> {
  const answer = fc
    .record({ q: fc.constantFrom(...questions), pick: fc.nat(), equals: fc.boolean() })
    .map(({ q, pick, equals }): Condition => {
      const id = `${q.id}-o${pick % q.options}`;
      return equals ? { question: q.id, equals: id } : { question: q.id, includes: id };
    });
  const score = fc
    .record({ score: fc.constantFrom(...SCORES), bound: fc.constantFrom("atLeast", "atMost"), value: fc.integer({ min: 0, max: 4 }) })
    .map(({ score, bound, value }): Condition => ({ score, [bound]: value }));
  const leaf = fc.oneof({ arbitrary: answer, weight: 3 }, { arbitrary: score, weight: 1 });
  const level = (inner: fc.Arbitrary<Condition>) =>
    fc.oneof(
      { arbitrary: inner, weight: 3 },
      { arbitrary: fc.array(inner, { minLength: 1, maxLength: 2 }).map((all): Condition => ({ all })), weight: 1 },
      { arbitrary: fc.array(inner, { minLength: 1, maxLength: 2 }).map((any): Condition => ({ any })), weight: 1 },
      { arbitrary: inner.map((not): Condition => ({ not })), weight: 1 },
    );
  return level(level(leaf));
}

interface Style {
  /** Where question i of n may lead. */
  readonly targets: (i: number, n: number) => string[];
  /** Where a red flag may lead. */
  readonly redFlags: string[];
  readonly maxBranches: number;
  readonly maxLogs: number;
  /** Whether the rules must pass the checker. */
  readonly checked: boolean;
  readonly effect: fc.Arbitrary<Pick<Option, "points" | "scores">>;
}

function rulesFrom(style: Style): fc.Arbitrary<Rules> {
  return shapes(style.maxLogs).chain((shape) => {
    const ids = shape.map((_, i) => `q${i}`);
    const all = shape.map((s, i) => ({ id: ids[i]!, options: s.options }));
    const question = (s: Shape, i: number): fc.Arbitrary<Question> =>
      fc
        .record({
          effects: fc.array(style.effect, { minLength: 1, maxLength: 3 }),
          options: fc.tuple(...Array.from({ length: s.options }, () => option(s.type, fc.constantFrom(...style.redFlags), !style.checked))),
          // Branches read what was asked so far; on a forward-only quiz, questions up to this one.
          branches: fc.array(fc.record({ when: condition(all.slice(0, i + 1)), goTo: fc.constantFrom(...style.targets(i, shape.length)) }), { maxLength: style.maxBranches }),
          next: fc.constantFrom(...style.targets(i, shape.length)),
        })
        .map(({ effects, options, branches, next }) => {
          const withEffects = options.map(({ effect, ...flags }, o): Option => ({ id: `q${i}-o${o}`, label: `Option ${o}`, ...effects[effect % effects.length], ...flags }));
          return clean({ id: ids[i]!, type: s.type, text: `Question ${i}?`, options: withEffects, branches, next });
        });
    const decision = fc.record({
      tieBreak: sometimes(fc.shuffledSubarray(CARE, { minLength: CARE.length })),
      outcomeRules: fc.array(fc.record({ when: condition(all), outcome: fc.constantFrom(...CARE, ...URGENT) }), { maxLength: 2 }),
      adjustments: fc.array(fc.record({ when: condition(all), points: amounts(CARE, -3, 3), reason: fc.constant("adjusted") }), { maxLength: 2 }),
      secondary: fc.array(
        fc.record({ when: sometimes(condition(all)), primary: fc.constantFrom(...CARE), secondary: fc.constantFrom(...CARE), text: fc.constant("also") }),
        { maxLength: 2 },
      ),
    });
    return fc.record({ questions: fc.tuple(...shape.map(question)), decision }).map(({ questions, decision }) =>
      clean({
        version: "random",
        title: "Random",
        intro: { heading: "Random", paragraphs: ["Random rules"] },
        start: "q0",
        questions,
        outcomes: [...URGENT.map((id) => ({ id, kind: "urgent" as const })), ...CARE.map((id) => ({ id, kind: "care" as const }))].map(
          (o) => ({ ...o, title: o.id, summary: o.id, explanation: [o.id], ...(o.kind === "urgent" ? { action: { label: "Call", href: "tel:911" } } : {}) }),
        ),
        scores: SCORES.map((id) => ({ id, label: id })),
        decision,
        booking: { url: "https://clinic.example/book", label: "Book" },
        clearance: { title: "Check first", text: "Check with your doctor." },
        disclaimer: "Not medical advice.",
      }),
    );
  });
}

const later = (i: number, n: number) => [
  ...[i + 1, i + 2].filter((j) => j < n).map((j) => `q${j}`),
  "result", ...CARE, ...URGENT,
];

/** Rules the checker accepts: questions only lead forward, red flags to urgent outcomes. */
export const checkedRules = rulesFrom({ targets: later, redFlags: URGENT, maxBranches: 2, maxLogs: 1_000, checked: true, effect: someEffect });

/** Rules that skipped the checker: loops, red flags to anywhere, missing targets. */
export const uncheckedRules = rulesFrom({
  targets: (i, n) => [...later(i, n), "q0", `q${i}`, "nowhere"],
  redFlags: [...URGENT, "c0", "q0", "q1", "nowhere"],
  maxBranches: 2,
  maxLogs: 1_000,
  checked: false,
  effect: someEffect,
});

/** Every question in turn, every option worth points: results turn on fine differences in points. */
export const pointsRaces = rulesFrom({
  targets: (i, n) => [i + 1 < n ? `q${i + 1}` : "result"],
  redFlags: URGENT,
  maxBranches: 0,
  maxLogs: 300,
  checked: true,
  effect: fc.record({ points: amounts(CARE, -2, 4) }),
});
