/**
 * The view of the visit (machine/visit-view.ts): what each screen shows, worked out from
 * the machine's snapshot alone — and without replaying the answer log, which the machine
 * already walked (the count is taken on the engine's replay itself).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createActor } from "xstate";
import { answeredQuestions } from "../../../src/engine/answered.ts";
import type { AnswerLog } from "../../../src/engine/answers.ts";
import { recommend, recommendAt } from "../../../src/engine/outcome.ts";
import { replay } from "../../../src/engine/route.ts";
import { visitMachine } from "../../../src/machine/visit-machine.ts";
import { viewOf } from "../../../src/machine/visit-view.ts";
import { answerAll, defaultModel, visitors } from "../helpers.ts";

vi.mock(import("../../../src/engine/route.ts"), async (original) => {
  const route = await original();
  return { ...route, replay: vi.fn(route.replay) };
});

const model = defaultModel();
const results = { model, recommendAt, answeredQuestions };
const ankle = answerAll(model, visitors.ankleSprain);

function visit(saved: AnswerLog = []) {
  return createActor(visitMachine, { input: { model, saved } }).start();
}

function answer(actor: ReturnType<typeof visit>, log: AnswerLog) {
  for (const a of log) actor.send({ type: "ANSWER", ...a });
}

// Braces: a function returned from beforeEach would be run as the test's cleanup.
beforeEach(() => {
  vi.mocked(replay).mockClear();
});

describe("the view of the visit", () => {
  it("is the introduction with question 1 under it, offering to resume only saved progress", () => {
    const fresh = viewOf(visit().getSnapshot());
    expect(fresh).toMatchObject({ screen: "intro", canResume: false, report: null });
    expect(fresh.screen === "intro" && fresh.question).toMatchObject({ question: { id: "reason" }, progress: { number: 1, mostTotal: 15 }, preselected: [] });
    expect(viewOf(visit(ankle.slice(0, 3)).getSnapshot())).toMatchObject({ screen: "intro", canResume: true });
  });

  it("is each question with its progress and a report of the step, keyed by where the visitor is", () => {
    const actor = visit();
    answer(actor, ankle.slice(0, 2));
    const view = viewOf(actor.getSnapshot());
    expect(view).toMatchObject({
      screen: "question",
      key: "2-where",
      question: { question: { id: "where" }, progress: { number: 3 }, preselected: [] },
      report: { key: "q-2-where", event: { type: "step", questionId: "where", index: 3, log: ankle.slice(0, 2) } },
    });
  });

  it("offers the answer given before going back", () => {
    const actor = visit();
    answer(actor, ankle.slice(0, 3));
    actor.send({ type: "BACK" });
    expect(viewOf(actor.getSnapshot())).toMatchObject({ screen: "question", question: { question: { id: "where" }, preselected: ["ankle-foot"] } });
  });

  it("waits for the result's code, then is the recommendation with the answers in words and a report of it", () => {
    const actor = visit();
    answer(actor, ankle);
    expect(viewOf(actor.getSnapshot())).toEqual({ screen: "result-loading", key: "result-loading", report: null });
    const view = viewOf(actor.getSnapshot(), results);
    const expected = recommend(model, ankle)!;
    expect(view).toMatchObject({
      screen: "result",
      key: `result-${expected.outcome.id}`,
      result: expected,
      answers: answeredQuestions(model, ankle),
      report: { key: `result-${expected.outcome.id}-${ankle.length}`, event: { type: "completed", result: { outcome: expected.outcome.id, urgent: false }, log: ankle } },
    });
  });

  it("draws the result from the result code's rules, which carry the texts only a result shows", () => {
    const actor = visit();
    answer(actor, ankle);
    const id = recommend(model, ankle)!.outcome.id;
    const withTexts = { ...model, outcomes: new Map([...model.outcomes].map(([k, o]) => [k, k === id ? { ...o, summary: "From the result texts." } : o])) };
    const view = viewOf(actor.getSnapshot(), { ...results, model: withTexts });
    expect(view.screen === "result" && view.result.outcome.summary).toBe("From the result texts.");
  });

  it("reports an urgent result as urgent", () => {
    const actor = visit();
    answer(actor, [{ question: "reason", options: ["fitness-goal"] }, { question: "emergency-check", options: ["chest-pain"] }]);
    expect(viewOf(actor.getSnapshot(), results)).toMatchObject({ screen: "result", key: "result-call-911", report: { event: { result: { outcome: "call-911", urgent: true } } } });
  });

  it("is 'lost', never a wrong screen, when the result's code finds no outcome", () => {
    const actor = visit();
    answer(actor, ankle);
    expect(viewOf(actor.getSnapshot(), { model, recommendAt: () => null, answeredQuestions })).toEqual({ screen: "lost", key: "lost", report: null });
  });

  it("never replays the answer log: the machine walks it once per answer, and the view reads that", () => {
    const actor = visit();
    answer(actor, ankle.slice(0, 1));
    for (const next of ankle.slice(1)) {
      vi.mocked(replay).mockClear();
      answer(actor, [next]);
      expect(vi.mocked(replay)).toHaveBeenCalledTimes(1);
      vi.mocked(replay).mockClear();
      viewOf(actor.getSnapshot(), results);
      expect(vi.mocked(replay)).not.toHaveBeenCalled();
    }
    expect(viewOf(actor.getSnapshot(), results).screen).toBe("result");
  });
});
