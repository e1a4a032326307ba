/**
 * The preview's analysis worker: for a rules text, the picture (first, it is quick),
 * then every path with the safety proof's verdict, then — when asked — what the text
 * changes for visitors compared with the published rules. Each part is posted as soon
 * as it is ready; the page ignores replies to texts it no longer shows.
 */
import { explorePaths, type PathReport, type QuizPath } from "../../engine/paths.ts";
import { safetyFaults } from "../../engine/safety.ts";
import { checkRulesText } from "../../rules/check-text.ts";
import type { QuizModel } from "../../rules/model.ts";
import { diffRules } from "../../staff/diff.ts";
import { layoutFlow } from "../../staff/flow-graph.ts";
import { type AnalysisReply, type AnalysisRequest, DIFF_LIMIT, PATH_LIMIT, type PathSummary, SHOWN_PATHS } from "./protocol.ts";

function summarise(model: QuizModel, report: PathReport): PathSummary {
  const counts = new Map<string, number>();
  const shown: Record<string, QuizPath[]> = { "*": [] };
  let longest: QuizPath | null = null;
  for (const path of report.paths) {
    const id = path.outcome ?? "(none)";
    counts.set(id, (counts.get(id) ?? 0) + 1);
    const list = (shown[id] ??= []);
    if (list.length < SHOWN_PATHS) list.push(path);
    if (shown["*"]!.length < SHOWN_PATHS) shown["*"]!.push(path);
    if (!longest || path.answers.length > longest.answers.length) longest = path;
  }
  return { total: report.paths.length, truncated: report.truncated, loops: report.loops, counts: [...counts], longest, shown, safety: safetyFaults(model, report) };
}

const post = (reply: AnalysisReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, text, published } = event.data;
  try {
    const model = checkRulesText(text).model;
    if (!model) return post({ seq, kind: "failed", message: "These rules have errors: fix them to see the paths." });
    post({ seq, kind: "graph", layout: layoutFlow(model.rules) });
    post({ seq, kind: "paths", summary: summarise(model, explorePaths(model, PATH_LIMIT)) });
    if (published !== null) {
      const before = checkRulesText(published).model;
      post({ seq, kind: "diff", diff: before ? diffRules(before, model, DIFF_LIMIT) : null });
    }
  } catch (error) {
    post({ seq, kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
