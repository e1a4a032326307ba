/** `npm run rules:diff` output: counts first, urgent → care moves first and marked, one example each. */
import type { QuizModel } from "../rules/model.ts";
import { describeAnswers, describeEnding } from "./describe.ts";
import type { RulesDiff } from "./diff.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function formatDiff(diff: RulesDiff, before: QuizModel, after: QuizModel): string {
  const lines = [`Compared ${plural(diff.compared, "visitor path")}: ${diff.changed === 0 ? "no outcome changes." : `${plural(diff.changed, "path")} change outcome.`}`];
  if (diff.truncated) lines.push("The walk stopped at its limit: these counts cover only part of the quiz.");
  const urgent = diff.changes.filter((c) => c.urgentToCare).reduce((n, c) => n + c.count, 0);
  if (urgent > 0) lines.push(`WARNING: ${plural(urgent, "path")} ${urgent === 1 ? "moves" : "move"} from an urgent outcome to a care outcome.`);
  for (const change of diff.changes) {
    const mark = change.urgentToCare ? "!! " : "";
    lines.push(
      "",
      `${mark}${plural(change.count, "path")}: ${describeEnding(before, change.before)} → ${describeEnding(after, change.after)}`,
      `   e.g. ${describeAnswers(after, change.example)}`,
      ...(change.onlyBefore.length > 0 ? [`   (the old rules also asked ${describeAnswers(before, change.onlyBefore)})`] : []),
    );
  }
  return `${lines.join("\n")}\n`;
}
