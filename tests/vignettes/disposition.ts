/**
 * Scores vignette results the way symptom-checker audits do: exact disposition,
 * and, for mismatches, whether the quiz sent the visitor somewhere less urgent
 * (under-triage, the error that must never happen) or more urgent (over-triage).
 */
import type { Recommendation } from "../../src/engine/outcome.ts";

export interface Expected {
  readonly outcome: string;
  readonly clearance: boolean;
  readonly secondary?: string;
}

export interface Vignette {
  readonly id: string;
  readonly category: string;
  readonly story: string;
  readonly expected: Expected;
  readonly why: string;
  /** The answers this visitor honestly gives: question id → option ids. */
  readonly answers: Record<string, string[]>;
}

/** Higher is more urgent; every care outcome is 0. */
const URGENCY: Record<string, number> = { "call-911": 4, "emergency-department": 3, "same-day": 2, "see-doctor-soon": 1 };
const urgency = (outcome: string) => URGENCY[outcome] ?? 0;

export type Verdict = "exact" | "under-triage" | "over-triage" | "other";

export function verdict(expected: Expected, result: Recommendation): Verdict {
  const got = result.outcome.id;
  const diff = urgency(got) - urgency(expected.outcome);
  if (diff < 0) return "under-triage";
  if (diff > 0) return "over-triage";
  const clearance = result.clearance.length > 0;
  const secondaryOk = expected.secondary === undefined || expected.secondary === result.secondary?.outcome.id;
  return got === expected.outcome && clearance === expected.clearance && secondaryOk ? "exact" : "other";
}

export interface Row {
  readonly category: string;
  readonly total: number;
  readonly exact: number;
  readonly under: number;
  readonly over: number;
}

export function table(rows: readonly Row[]): string {
  const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
  const lines = [
    "| category | stories | exact disposition | under-triage | over-triage | other mismatch |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.category} | ${r.total} | ${r.exact} (${pct(r.exact, r.total)}) | ${r.under} | ${r.over} | ${r.total - r.exact - r.under - r.over} |`),
  ];
  return lines.join("\n");
}
