/** Shared test helpers: the default rules as a model, and a scripted visitor. */
import rules from "../../rules/care-quiz.json" with { type: "json" };
import type { Answer } from "../../src/engine/answers.ts";
import { recommend } from "../../src/engine/outcome.ts";
import { replay } from "../../src/engine/route.ts";
import { buildModel, type QuizModel } from "../../src/rules/model.ts";
import type { Rules } from "../../src/rules/schema.ts";
import { validateRules } from "../../src/rules/validate.ts";

export function defaultRules(): Rules {
  return structuredClone(rules) as Rules;
}

export function defaultModel(): QuizModel {
  const result = validateRules(defaultRules());
  if (!result.ok) throw new Error(`default rules are invalid: ${JSON.stringify(result.problems)}`);
  return result.model;
}

/** A model from rules that skipped the logic checks: for mutation tests. */
export function uncheckedModel(r: Rules): QuizModel {
  return buildModel(r);
}

export type Script = Record<string, string[]>;

/**
 * Answers whatever the engine asks from `script` (question id → option ids), in
 * the engine's order, and fails loudly if it asks something the script lacks.
 */
export function answerAll(model: QuizModel, script: Script): Answer[] {
  const log: Answer[] = [];
  for (;;) {
    const { step } = replay(model, log);
    if (step.kind !== "question") return log;
    const options = script[step.question.id];
    if (!options) throw new Error(`script has no answer for "${step.question.id}" (asked after ${log.map((a) => a.question).join(", ")})`);
    log.push({ question: step.question.id, options });
  }
}

export function resultFor(model: QuizModel, script: Script) {
  const result = recommend(model, answerAll(model, script));
  if (!result) throw new Error("no result");
  return result;
}

/** The five visitors named in the quiz issue, reused by unit, UI and browser tests. */
export const visitors = {
  ankleSprain: {
    reason: ["pain-injury"], "emergency-check": ["none"], where: ["ankle-foot"], "how-started": ["sudden-injury"],
    "how-long": ["under-6-weeks"], "back-red-flags": ["none"], "injury-check": ["none"], "pain-red-flags": ["none"],
    limits: ["somewhat"], preference: ["no-preference"], "pain-health": ["none"],
  },
  loseWeight: {
    reason: ["fitness-goal"], "emergency-check": ["none"], conditions: ["none"], goals: ["weight"], falls: ["none"],
    readiness: ["none"], format: ["one-on-one"],
  },
  saddleNumbness: {
    reason: ["pain-injury"], "emergency-check": ["none"], where: ["back"], "how-started": ["gradual"],
    "how-long": ["under-6-weeks"], "back-red-flags": ["saddle-numbness"],
  },
  heartConditionTraining: {
    reason: ["fitness-goal"], "emergency-check": ["none"], conditions: ["heart-bp"], goals: ["strength"], falls: ["none"],
    readiness: ["none"], format: ["group"],
  },
  stiffBackHandsOn: {
    reason: ["pain-injury"], "emergency-check": ["none"], where: ["back"], "how-started": ["gradual"],
    "how-long": ["6-to-12-weeks"], "back-red-flags": ["none"], "pain-red-flags": ["none"], limits: ["somewhat"],
    spreading: ["no"], preference: ["hands-on"], "pain-health": ["none"],
  },
} satisfies Record<string, Script>;
