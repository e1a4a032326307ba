/**
 * Messages between the preview page and its analysis worker. The walk over every path
 * (and the comparison, which walks twice) can take long on big files, so it runs off the
 * page's thread: typing never waits for it, and a newer text simply replaces the worker.
 */
import type { QuizPath } from "../../engine/paths.ts";
import type { RulesDiff } from "../../staff/diff.ts";
import type { FlowLayout } from "../../staff/flow-graph.ts";

export interface AnalysisRequest {
  readonly seq: number;
  readonly text: string;
  /** The published rules, when staff asked to compare with them. */
  readonly published: string | null;
}

export interface PathSummary {
  readonly total: number;
  readonly truncated: boolean;
  readonly loops: readonly (readonly string[])[];
  /** Paths per outcome id ("(none)" for dead ends), in the order first seen. */
  readonly counts: readonly (readonly [string, number])[];
  readonly longest: QuizPath | null;
  /** The first paths of each outcome, and of all ("*"): what the table can show. */
  readonly shown: Readonly<Record<string, readonly QuizPath[]>>;
  /** The safety proof's findings on these paths (empty: every path checked, no problems). */
  readonly safety: readonly string[];
}

export type AnalysisReply =
  | { readonly seq: number; readonly kind: "graph"; readonly layout: FlowLayout }
  | { readonly seq: number; readonly kind: "paths"; readonly summary: PathSummary }
  | { readonly seq: number; readonly kind: "diff"; readonly diff: RulesDiff | null }
  | { readonly seq: number; readonly kind: "failed"; readonly message: string };

export const SHOWN_PATHS = 200;
/**
 * Where the walk stops: the limit `proveSafety` walks to in `rules:check` and the build
 * (explorePaths' default), so the studio's safety verdict is theirs — a file they walk
 * in full is walked in full here, and one they call cut short is cut short here too.
 */
export const PATH_LIMIT = 200_000;
/** Where each of the comparison's two walks stops (it then answers every path in both versions). */
export const DIFF_LIMIT = 50_000;
