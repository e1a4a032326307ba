/**
 * The machine keeps where the log leads (context.step) instead of replaying the log at every
 * guard and render: through any sequence of a visitor's moves it must never disagree with a
 * fresh replay of its log.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import type { AnswerLog } from "../../../src/engine/answers.ts";
import { replay } from "../../../src/engine/route.ts";
import { visitMachine } from "../../../src/machine/visit-machine.ts";
import { answerAll, defaultModel, visitors } from "../helpers.ts";

const model = defaultModel();
const start = (saved: AnswerLog) => createActor(visitMachine, { input: { model, saved } }).start();

describe("the visit machine's step", () => {
  it("keeps its step equal to a fresh replay of its log, through any sequence of moves", () => {
    const move = fc.oneof(
      fc.record({ kind: fc.constant("answer" as const), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
      fc.constantFrom({ kind: "back" as const }, { kind: "restart" as const }, { kind: "start" as const }, { kind: "resume" as const }),
      fc.record({ kind: fc.constant("change" as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), fc.nat(), (moves, savedLength) => {
        const actor = start(answerAll(model, visitors.ankleSprain).slice(0, savedLength % 8));
        for (const m of moves) {
          const { context } = actor.getSnapshot();
          if (m.kind === "answer" && context.step.kind === "question") {
            const options = context.step.question.options;
            const chosen = [...new Set(m.pick.map((i) => options[i % options.length]!.id))];
            actor.send({ type: "ANSWER", question: context.step.question.id, options: context.step.question.type === "single" ? chosen.slice(0, 1) : chosen });
          } else if (m.kind === "change" && context.log.length > 0) {
            actor.send({ type: "CHANGE", question: context.log[m.at % context.log.length]!.question });
          } else if (m.kind !== "answer" && m.kind !== "change") {
            actor.send({ type: m.kind.toUpperCase() as "BACK" | "RESTART" | "START" | "RESUME" });
          }
          const after = actor.getSnapshot().context;
          const fresh = replay(model, after.log);
          expect(after.log).toEqual(fresh.log);
          expect(after.step).toEqual(fresh.step);
        }
      }),
      { numRuns: 200 },
    );
  });
});
