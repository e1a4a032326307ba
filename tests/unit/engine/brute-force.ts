/**
 * Brute force for the path-walk tests: every answer log a visitor can give, found
 * the dumbest way (every set of options, every question the quiz asks), and ways to
 * compare what two walks found.
 */
import { recommend } from "../../../src/engine/outcome.ts";
import type { Answer } from "../../../src/engine/answers.ts";
import type { QuizPath } from "../../../src/engine/paths.ts";
import { holds } from "../../../src/engine/conditions.ts";
import { factsOf } from "../../../src/engine/facts.ts";
import { answerProblem, redFlagIn, replay } from "../../../src/engine/route.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import type { Condition, Question, Rules } from "../../../src/rules/schema.ts";
import { validateRules } from "../../../src/rules/validate.ts";

/** Every answer the quiz accepts: each non-empty set of options that `answerProblem` allows. */
export function everyAnswer(question: Question): string[][] {
  const ids = question.options.map((o) => o.id);
  return Array.from({ length: 2 ** ids.length - 1 }, (_, mask) => ids.filter((_, i) => (mask + 1) & (1 << i)))
    .filter((options) => answerProblem(question, options) === null);
}

/** Every answer log a visitor can give, the way the quiz asks: replay says what comes next. */
export function bruteForce(model: QuizModel): { paths: QuizPath[]; loops: string[][] } {
  const paths: QuizPath[] = [];
  const loops: string[][] = [];
  const visit = (log: Answer[]): void => {
    const { step } = replay(model, log);
    if (step.kind !== "question") {
      const result = recommend(model, log);
      const clearance = (result?.clearance.length ?? 0) > 0;
      paths.push({ answers: log, outcome: result?.outcome.id ?? null, urgent: result?.urgent ?? false, clearance });
    } else if (log.some((a) => a.question === step.question.id)) {
      loops.push([...log.map((a) => a.question), step.question.id]);
    } else {
      for (const options of everyAnswer(step.question)) visit([...log, { question: step.question.id, options }]);
    }
  };
  visit([]);
  return { paths, loops };
}

/** The conditions in the rules, found by this test's own reading of where they live. */
function ruleConditions(rules: Rules): Condition[] {
  return [
    ...rules.questions.flatMap((q) => (q.branches ?? []).map((b) => b.when)),
    ...(rules.decision?.outcomeRules ?? []).map((r) => r.when),
    ...(rules.decision?.adjustments ?? []).map((a) => a.when),
    ...(rules.decision?.secondary ?? []).flatMap((s) => (s.when ? [s.when] : [])),
  ];
}

/** The options conditions name, as "question/option". */
export function namedOptions(rules: Rules): Set<string> {
  const named = new Set<string>();
  const read = (c: Condition): void => {
    if ("all" in c) c.all.forEach(read);
    else if ("any" in c) c.any.forEach(read);
    else if ("not" in c) read(c.not);
    else if ("question" in c) named.add(`${c.question}/${"equals" in c ? c.equals : c.includes}`);
  };
  ruleConditions(rules).forEach(read);
  return named;
}

/** What a visitor's path amounts to: the questions asked in order, and the result. */
export const signature = (p: QuizPath) =>
  `${p.answers.map((a) => a.question).join(" → ")} ⇒ ${p.outcome}${p.urgent ? " (urgent)" : ""}${p.clearance ? " + clearance" : ""}`;

/**
 * The signature, the red-flag option that decided each answer, and how every condition
 * in the rules comes out at the end: everything the safety analysis reads of a path.
 */
export function situation(model: QuizModel): (p: QuizPath) => string {
  const conditions = ruleConditions(model.rules);
  return (p) => {
    const facts = factsOf(model, p.answers);
    const flags = p.answers.map((a) => deciderOf(model, a) ?? "").join(",");
    return `${signature(p)} | flags ${flags} | ${conditions.map((c) => (holds(c, facts) ? 1 : 0)).join("")}`;
  };
}

/** The chosen option whose red flag decides where an answer goes, if any. */
export function deciderOf(model: QuizModel, answer: Answer): string | undefined {
  const flag = redFlagIn(model, answer);
  return answer.options.find((o) => flag !== undefined && redFlagIn(model, { question: answer.question, options: [o] }) === flag);
}

export const sorted = (items: string[]) => [...new Set(items)].sort();

export function checked(rules: Rules): QuizModel {
  const result = validateRules(rules);
  if (!result.ok) throw new Error(`generated rules are invalid: ${JSON.stringify(result.problems)}`);
  return result.model;
}
