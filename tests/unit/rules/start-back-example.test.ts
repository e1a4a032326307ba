/**
 * The STarT Back example (rules/examples/start-back.json) against the published
 * scoring of the Keele STarT Back Screening Tool (Hill et al. 2008), over every
 * one of its 2⁸ × 5 = 1,280 answer combinations.
 *
 * The reference below is written from the published method, not from the rules
 * file: 8 agree/disagree items and a five-level "bothersomeness" item whose top
 * two levels score 1; total = all 9 items (0–9), distress sub-score = items 5–9
 * (0–5). Total 0–3 → low risk; total ≥ 4 and sub-score ≤ 3 → medium; sub-score
 * ≥ 4 → high.
 */
import { describe, expect, it } from "vitest";
import example from "../../../rules/examples/start-back.json" with { type: "json" };
import type { Answer } from "../../../src/engine/answers.ts";
import { recommend } from "../../../src/engine/outcome.ts";
import { formatProblem } from "../../../src/rules/problems.ts";
import { validateRules } from "../../../src/rules/validate.ts";

type Group = "low-risk" | "medium-risk" | "high-risk";

/** The tool's items in order; items 5–9 (indexes 4–8) make up the distress sub-score. */
const AGREE_ITEMS = ["leg-pain", "neck-shoulder", "walking", "dressing", "activity-fear", "worry", "outlook", "low-mood"] as const;
const BOTHERSOME = "bothersome";
/** Not at all, slightly, moderately, very much, extremely: only the top two score. */
const BOTHERSOME_LEVELS = ["not-at-all", "slightly", "moderately", "very-much", "extremely"] as const;

interface Combination {
  /** One entry per agree/disagree item, true = agree. */
  readonly agree: readonly boolean[];
  /** Index into BOTHERSOME_LEVELS. */
  readonly bothersome: number;
}

/** The published scoring, from the answers alone. */
function reference({ agree, bothersome }: Combination): Group {
  const item9 = bothersome >= 3 ? 1 : 0;
  const total = agree.filter(Boolean).length + item9;
  const distress = agree.slice(4).filter(Boolean).length + item9;
  if (total <= 3) return "low-risk";
  return distress <= 3 ? "medium-risk" : "high-risk";
}

function* combinations(): Generator<Combination> {
  for (let mask = 0; mask < 2 ** AGREE_ITEMS.length; mask += 1) {
    const agree = AGREE_ITEMS.map((_, i) => (mask & (1 << i)) !== 0);
    for (let bothersome = 0; bothersome < BOTHERSOME_LEVELS.length; bothersome += 1) yield { agree, bothersome };
  }
}

function logOf({ agree, bothersome }: Combination): Answer[] {
  return [
    ...AGREE_ITEMS.map((question, i) => ({ question, options: [agree[i] ? "agree" : "disagree"] })),
    { question: BOTHERSOME, options: [BOTHERSOME_LEVELS[bothersome]!] },
  ];
}

// Validated in each test, not as the file loads, so mutation testing can tell which tests read it.
const validate = () => validateRules(structuredClone(example), { today: new Date("2026-11-28") });

describe("rules/examples/start-back.json (Keele STarT Back Screening Tool)", () => {
  it("validates, with no warnings but the clinical-review reminders for its three outcomes", () => {
    const validation = validate();
    expect(validation.ok ? [] : validation.problems.map(formatProblem)).toEqual([]);
    const warnings = validation.ok ? validation.warnings.map(formatProblem) : [];
    expect(warnings).toHaveLength(3);
    expect(warnings.every((w) => /has not been reviewed by a clinician/.test(w))).toBe(true);
  });

  it("asks the tool's nine items, in order, with the answers the reference scores", () => {
    expect(example.questions.map((q) => q.id)).toEqual([...AGREE_ITEMS, BOTHERSOME]);
    for (const q of example.questions.slice(0, 8)) expect(q.options.map((o) => o.id)).toEqual(["agree", "disagree"]);
    expect(example.questions[8]!.options.map((o) => o.id)).toEqual([...BOTHERSOME_LEVELS]);
  });

  it("puts all 1,280 answer combinations in the published group, and explains each with the answers that counted", () => {
    const validation = validate();
    if (!validation.ok) throw new Error("the example does not validate");
    const { model } = validation;
    const notes = new Map(model.rules.decision?.outcomeRules?.map((r) => [r.outcome, r.note]));
    const counts: Record<Group, number> = { "low-risk": 0, "medium-risk": 0, "high-risk": 0 };
    const mismatches: string[] = [];
    let seen = 0;

    for (const combination of combinations()) {
      seen += 1;
      const log = logOf(combination);
      const expected = reference(combination);
      counts[expected] += 1;
      const result = recommend(model, log);
      if (result?.outcome.id !== expected) {
        mismatches.push(`${JSON.stringify(log.map((a) => a.options[0]))}: expected ${expected}, got ${result?.outcome.id ?? "no result"}`);
        continue;
      }
      expect(result.urgent).toBe(false);
      expect(result.note).toBe(notes.get(expected));
      // "Because you told us" lists exactly the answers that scored, in the order asked.
      const scored = log.filter((_, i) => (i < AGREE_ITEMS.length ? combination.agree[i] : combination.bothersome >= 3));
      expect(result.reasons.map((r) => `${r.question}/${r.source}`)).toEqual(scored.map((a) => `${a.question}/${a.options[0]}`));
    }

    expect(seen).toBe(2 ** 8 * 5);
    expect(mismatches.slice(0, 10)).toEqual([]);
    console.log(
      `STarT Back example, ${seen} answer combinations: ` +
        Object.entries(counts).map(([group, n]) => `${group} ${n}`).join(", "),
    );
    // Counted by hand as a check on the reference itself. With d = the distress sub-score,
    // the 80 ways to answer items 5–9 give d = 0…5 in 3, 14, 26, 24, 11, 2 ways, and items
    // 1–4 add p agrees in C(4, p) ways. High: d ≥ 4 → 13 × 16 = 208. Low: p + d ≤ 3 →
    // 3×15 + 14×11 + 26×5 + 24×1 = 353. Medium: the other 719.
    expect(counts).toEqual({ "low-risk": 353, "medium-risk": 719, "high-risk": 208 });
  });
});
