/** How ticking a box changes a multiple-choice selection: "None of these" stands alone. */
import type { Question } from "../rules/schema.ts";

export function toggleChoice(question: Question, selected: readonly string[], optionId: string, checked: boolean): string[] {
  if (question.type === "single") return [optionId];
  if (!checked) return selected.filter((id) => id !== optionId);
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  if (exclusive.has(optionId)) return [optionId];
  return [...selected.filter((id) => !exclusive.has(id)), optionId];
}
