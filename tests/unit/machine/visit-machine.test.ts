import { describe, expect, it, vi } from "vitest";
import { createActor } from "xstate";
import type { AnswerLog } from "../../../src/engine/answers.ts";
import { previousAnswer, visitMachine } from "../../../src/machine/visit-machine.ts";
import { answerAll, defaultModel, visitors } from "../helpers.ts";

const model = defaultModel();

function start(saved?: AnswerLog) {
  const persisted: AnswerLog[] = [];
  const machine = visitMachine.provide({
    actions: { persist: ({ context }) => void persisted.push(context.log) },
  });
  const actor = createActor(machine, { input: saved ? { model, saved } : { model } }).start();
  return { actor, persisted };
}

const questionId = (actor: ReturnType<typeof start>["actor"]) => {
  const step = actor.getSnapshot().context.step;
  return step.kind === "question" ? step.question.id : step.kind;
};

function answerScript(actor: ReturnType<typeof start>["actor"], script: Record<string, string[]>) {
  while (actor.getSnapshot().matches("asking")) {
    const id = questionId(actor);
    const options = script[id];
    if (!options) throw new Error(`no scripted answer for ${id}`);
    actor.send({ type: "ANSWER", question: id, options });
  }
}

describe("the visit machine", () => {
  it("goes from intro through the questions to a result", () => {
    const { actor, persisted } = start();
    expect(actor.getSnapshot().value).toBe("intro");
    actor.send({ type: "START" });
    expect(actor.getSnapshot().value).toBe("asking");
    expect(questionId(actor)).toBe("reason");
    answerScript(actor, visitors.loseWeight);
    expect(actor.getSnapshot().value).toBe("result");
    expect(actor.getSnapshot().hasTag("finished")).toBe(true);
    expect(actor.getSnapshot().context.log.map((a) => a.question)).toEqual(["reason", "emergency-check", "conditions", "goals", "falls", "readiness", "format"]);
    expect(persisted.at(-1)).toEqual(actor.getSnapshot().context.log);
  });

  it("short-circuits to the result as soon as a red flag is answered", () => {
    const { actor } = start();
    actor.send({ type: "START" });
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["fitness-goal"] });
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["chest-pain"] });
    expect(actor.getSnapshot().value).toBe("result");
    expect(actor.getSnapshot().context.step).toEqual({ kind: "outcome", outcome: "call-911" });
  });

  it("ignores answers that don't fit the current question", () => {
    const { actor } = start();
    actor.send({ type: "START" });
    actor.send({ type: "ANSWER", question: questionId(actor), options: [] });
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["pain-injury", "fitness-goal"] });
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["made-up"] });
    expect(questionId(actor)).toBe("reason");
    expect(actor.getSnapshot().context.log).toEqual([]);
    expect(actor.getSnapshot().can({ type: "ANSWER", question: "reason", options: ["pain-injury"] })).toBe(true);
    // An answer meant for another question (a doubled submit) is refused even if its option ids fit.
    expect(actor.getSnapshot().can({ type: "ANSWER", question: "emergency-check", options: ["pain-injury"] })).toBe(false);
  });

  it("refuses a doubled submit, so it can never skip a red-flag screen", () => {
    const { actor } = start();
    actor.send({ type: "START" });
    const path = { reason: ["pain-injury"], "emergency-check": ["none"], where: ["back"], "how-started": ["gradual"], "how-long": ["over-3-months"] };
    for (const [question, options] of Object.entries(path)) actor.send({ type: "ANSWER", question, options });
    expect(questionId(actor)).toBe("back-red-flags");
    actor.send({ type: "ANSWER", question: "back-red-flags", options: ["none"] });
    actor.send({ type: "ANSWER", question: "back-red-flags", options: ["none"] });
    expect(questionId(actor)).toBe("pain-red-flags");
  });

  it("goes back, preselects the earlier answer, and keeps later answers when it is unchanged", () => {
    const { actor } = start();
    actor.send({ type: "START" });
    answerScript(actor, visitors.loseWeight);
    actor.send({ type: "BACK" });
    actor.send({ type: "BACK" });
    expect(questionId(actor)).toBe("readiness");
    expect(previousAnswer(actor.getSnapshot().context)).toEqual(["none"]);
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["none"] });
    expect(questionId(actor)).toBe("format");
    expect(previousAnswer(actor.getSnapshot().context)).toEqual(["one-on-one"]);
  });

  it("drops the answers of the branch left behind when an answer changes", () => {
    const { actor } = start();
    actor.send({ type: "START" });
    answerScript(actor, visitors.loseWeight);
    for (let i = 0; i < 6; i++) actor.send({ type: "BACK" });
    expect(questionId(actor)).toBe("emergency-check");
    actor.send({ type: "BACK" });
    expect(questionId(actor)).toBe("reason");
    actor.send({ type: "ANSWER", question: questionId(actor), options: ["pain-injury"] });
    expect(previousAnswer(actor.getSnapshot().context)).toEqual([]);
    expect(actor.getSnapshot().context.redo).toEqual([]);
    answerScript(actor, visitors.ankleSprain);
    expect(actor.getSnapshot().context.log.some((a) => a.question === "goals")).toBe(false);
  });

  it("changes one answer from the result: the same answer returns to the result, a new one keeps what still fits", () => {
    const { actor, persisted } = start();
    actor.send({ type: "START" });
    answerScript(actor, visitors.stiffBackHandsOn);
    const before = actor.getSnapshot().context.log;
    actor.send({ type: "CHANGE", question: "how-long" });
    expect(questionId(actor)).toBe("how-long");
    expect(previousAnswer(actor.getSnapshot().context)).toEqual(["6-to-12-weeks"]);
    expect(persisted.at(-1)).toEqual(before.slice(0, 4));
    actor.send({ type: "ANSWER", question: "how-long", options: ["6-to-12-weeks"] });
    expect(actor.getSnapshot().value).toBe("result");
    expect(actor.getSnapshot().context.log).toEqual(before);
    // Only a question the visitor answered can be changed.
    expect(actor.getSnapshot().can({ type: "CHANGE", question: "goals" })).toBe(false);
    expect(actor.getSnapshot().can({ type: "CHANGE", question: "where" })).toBe(true);

    actor.send({ type: "CHANGE", question: "how-long" });
    actor.send({ type: "ANSWER", question: "how-long", options: ["over-3-months"] });
    expect(actor.getSnapshot().value).toBe("result");
    expect(actor.getSnapshot().context.log.find((a) => a.question === "how-long")?.options).toEqual(["over-3-months"]);
    expect(actor.getSnapshot().context.log).toHaveLength(before.length);

    // Another place opens another screen: it is asked, and nothing after it is kept from the old route.
    actor.send({ type: "CHANGE", question: "where" });
    actor.send({ type: "ANSWER", question: "where", options: ["neck"] });
    expect(questionId(actor)).toBe("neck-head-red-flags");
    expect(actor.getSnapshot().context.log.map((a) => a.question)).toEqual(["reason", "emergency-check", "where", "how-started", "how-long"]);
  });

  it("returns to the intro on Back from the first question, and restarts from anywhere", () => {
    const { actor, persisted } = start();
    actor.send({ type: "START" });
    actor.send({ type: "BACK" });
    expect(actor.getSnapshot().value).toBe("intro");
    actor.send({ type: "START" });
    answerScript(actor, visitors.ankleSprain);
    actor.send({ type: "RESTART" });
    expect(actor.getSnapshot().value).toBe("intro");
    expect(actor.getSnapshot().context.log).toEqual([]);
    expect(persisted.at(-1)).toEqual([]);
  });

  it("offers saved progress and resumes where the visitor left off", () => {
    const saved = answerAll(model, visitors.ankleSprain).slice(0, 4);
    const { actor } = start(saved);
    expect(actor.getSnapshot().can({ type: "RESUME" })).toBe(true);
    actor.send({ type: "RESUME" });
    expect(actor.getSnapshot().value).toBe("asking");
    expect(questionId(actor)).toBe("how-long");
  });

  it("resumes straight to the result when the saved visit was finished", () => {
    const { actor } = start(answerAll(model, visitors.saddleNumbness));
    actor.send({ type: "RESUME" });
    expect(actor.getSnapshot().value).toBe("result");
  });

  it("discards saved answers that no longer fit the rules, keeping the valid start", () => {
    const { actor } = start([
      { question: "reason", options: ["fitness-goal"] },
      { question: "where", options: ["back"] },
    ]);
    expect(actor.getSnapshot().context.saved).toEqual([{ question: "reason", options: ["fitness-goal"] }]);
    const fresh = start([{ question: "nonsense", options: ["x"] }]);
    expect(fresh.actor.getSnapshot().can({ type: "RESUME" })).toBe(false);
  });

  it("starts over on START even when progress was saved", () => {
    const persist = vi.fn();
    const actor = createActor(visitMachine.provide({ actions: { persist } }), {
      input: { model, saved: answerAll(model, visitors.loseWeight) },
    }).start();
    actor.send({ type: "START" });
    expect(actor.getSnapshot().context.saved).toEqual([]);
    expect(actor.getSnapshot().context.log).toEqual([]);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  describe("starting after answers given before the app took over", () => {
    const begin = (answered: AnswerLog, saved: AnswerLog = []) => {
      const persisted: AnswerLog[] = [];
      const machine = visitMachine.provide({ actions: { persist: ({ context }) => void persisted.push(context.log) } });
      return { actor: createActor(machine, { input: { model, saved, answered } }).start(), persisted };
    };

    it("starts at the question after them, saves them once, and goes on from there", () => {
      const { actor, persisted } = begin([{ question: "reason", options: ["pain-injury"] }]);
      expect(actor.getSnapshot().value).toBe("asking");
      expect(questionId(actor)).toBe("emergency-check");
      expect(persisted).toEqual([[{ question: "reason", options: ["pain-injury"] }]]);
      actor.send({ type: "ANSWER", question: "emergency-check", options: ["none"] });
      expect(questionId(actor)).toBe("where");
      // Back returns to the early answer's question, with that answer preselected.
      actor.send({ type: "BACK" });
      actor.send({ type: "BACK" });
      expect(questionId(actor)).toBe("reason");
      expect(previousAnswer(actor.getSnapshot().context)).toEqual(["pain-injury"]);
    });

    it("ends in the result at once when an early answer is a red flag", () => {
      const { actor } = begin([
        { question: "reason", options: ["fitness-goal"] },
        { question: "emergency-check", options: ["chest-pain"] },
      ]);
      expect(actor.getSnapshot().value).toBe("result");
      expect(actor.getSnapshot().context.step).toEqual({ kind: "outcome", outcome: "call-911" });
    });

    it("drops early answers these rules would not ask for, and starts at the first screen when none is left", () => {
      const { actor, persisted } = begin([{ question: "emergency-check", options: ["none"] }]);
      expect(actor.getSnapshot().value).toBe("intro");
      expect(actor.getSnapshot().context.log).toEqual([]);
      expect(persisted).toEqual([]);
      expect(begin([{ question: "reason", options: ["pain-injury", "fitness-goal"] }]).actor.getSnapshot().value).toBe("intro");
    });

    it("leaves saved progress from an earlier visit behind: answering anew started a new visit", () => {
      const { actor } = begin([{ question: "reason", options: ["fitness-goal"] }], answerAll(model, visitors.ankleSprain).slice(0, 4));
      expect(actor.getSnapshot().context.log).toEqual([{ question: "reason", options: ["fitness-goal"] }]);
      expect(actor.getSnapshot().context.saved).toEqual([]);
    });
  });
});
