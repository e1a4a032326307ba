/**
 * Clinical review record: outcomes and red-flag questions say who reviewed them and
 * when. Text a clinician never reviewed, or not in the last 12 months, is a warning
 * (the quiz still works: a clinic may publish before its review, knowingly).
 */
import type { JsonPath, Problem } from "./problems.ts";
import type { Rules } from "./schema.ts";

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

export function checkReviews(rules: Rules, today: Date, report: (problem: Problem) => void) {
  const warn = (path: JsonPath, message: string) => report({ path, message, severity: "warning" });
  const check = (what: string, review: { by: string; on: string } | undefined, path: JsonPath) => {
    if (!review) {
      warn([...path, "id"], `${what} has not been reviewed by a clinician: add "review": { "by": …, "on": "YYYY-MM-DD" } once one has.`);
      return;
    }
    const on = Date.parse(`${review.on}T00:00:00Z`);
    if (Number.isNaN(on)) warn([...path, "review", "on"], `"${review.on}" is not a real date.`);
    else if (today.getTime() - on > YEAR_MS) warn([...path, "review"], `${what} was last reviewed on ${review.on}, more than 12 months ago.`);
  };
  rules.outcomes.forEach((o, i) => check(`Outcome "${o.id}"`, o.review, ["outcomes", i]));
  rules.questions.forEach((q, i) => {
    if (q.options.some((o) => o.redFlag !== undefined)) check(`Red-flag question "${q.id}"`, q.review, ["questions", i]);
  });
}
