// @vitest-environment jsdom
/** How the app takes over from the early capture: which screen, which answers, which press — and when none. */
import { act, screen } from "@testing-library/react";
import { StrictMode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../../src/app/App.tsx";
import { installEarlyCapture } from "../../../src/app/early-capture.ts";
import { planStart } from "../../../src/app/early-start.ts";
import { readPendingAnswer } from "../../../src/app/pending-answer.ts";
import { screenKey } from "../../../src/app/screen-key.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import { useProgressStore } from "../../../src/store/progress-store.ts";
import { firstScreen, screensAhead } from "../../../scripts/prerender/screens.tsx";
import { defaultModel, defaultRules, uncheckedModel } from "../helpers.ts";

const model = defaultModel();
const pain = { question: "reason", options: ["pain-injury"] };
const none = { question: "emergency-check", options: ["none"] };
const onFirst = screenKey(model);
const afterPain = screenKey(model, [pain]);

describe("planning the take-over", () => {
  it("without anything captured, hydrates the first screen these rules draw, keeping its ticks", () => {
    expect(planStart(model, { built: true, record: null, shownKey: onFirst, ticked: pain })).toEqual({ hydrate: true, early: { answered: [], ticked: pain }, clearSaved: false });
    expect(planStart(model, { built: false, record: null, shownKey: "stale", ticked: pain })).toEqual({ hydrate: false, early: { answered: [], ticked: pain }, clearSaved: false });
  });

  it("hydrates the screen the capture showed, after its answer, and acts on a press made on it", () => {
    const record = { cleared: false, shown: pain, press: { ...none, screen: afterPain } };
    expect(planStart(model, { built: true, record, shownKey: afterPain, ticked: none })).toEqual({
      hydrate: true,
      early: { answered: [pain], ticked: none, press: none },
      clearSaved: false,
    });
  });

  it("acts on no press made on another screen than the one on show", () => {
    const record = { cleared: false, shown: pain, press: { ...none, screen: onFirst } };
    expect(planStart(model, { built: true, record, shownKey: afterPain, ticked: null }).early).toEqual({ answered: [pain] });
  });

  it("acts on nothing when the rules changed since the build: the first screen afresh, its answer still ticked", () => {
    const record = { cleared: false, shown: pain, press: { ...none, screen: afterPain } };
    expect(planStart(model, { built: false, record, shownKey: afterPain, ticked: none })).toEqual({ hydrate: false, early: { answered: [], ticked: pain }, clearSaved: false });
    const onFirstScreen = { cleared: false, press: { ...pain, screen: onFirst } };
    expect(planStart(model, { built: false, record: onFirstScreen, shownKey: onFirst, ticked: pain })).toEqual({ hydrate: true, early: { answered: [], ticked: pain }, clearSaved: false });
  });

  it("renders afresh when the screen on show is not the one these rules draw after its answer", () => {
    const record = { cleared: false, shown: pain, press: { ...none, screen: "other" } };
    expect(planStart(model, { built: true, record, shownKey: "other", ticked: none })).toEqual({ hydrate: false, early: { answered: [], ticked: pain }, clearSaved: false });
  });

  it("deletes saved progress first when Clear my answers was pressed", () => {
    expect(planStart(model, { built: true, record: { cleared: true }, shownKey: onFirst, ticked: null }).clearSaved).toBe(true);
  });
});

describe("taking over the page the build wrote", () => {
  let root: Root | undefined;
  const errors = vi.spyOn(console, "error");
  beforeEach(() => {
    useProgressStore.getState().clear();
    errors.mockClear();
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    window.carefitEarly?.take();
  });

  const input = (name: string, value: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  const press = () => document.querySelector("form")!.dispatchEvent(new SubmitEvent("submit", { bubbles: true, cancelable: true }));

  /** What main.tsx does once the rules are loaded, on this page, in StrictMode (effects run twice). */
  async function takeOver(quiz: QuizModel) {
    const container = document.getElementById("root")!;
    const plan = planStart(quiz, { built: true, record: window.carefitEarly!.take(), shownKey: container.dataset["prerendered"], ticked: readPendingAnswer(container) });
    const app = (
      <StrictMode>
        <App model={quiz} host={null} early={plan.early} />
      </StrictMode>
    );
    await act(async () => {
      root = plan.hydrate ? hydrateRoot(container, app) : createRoot(container);
      if (!plan.hydrate) root.render(app);
    });
    return plan;
  }

  it("hydrates question 2 as the capture showed it, acts on the press made there once, and saves both answers", async () => {
    document.body.innerHTML = firstScreen(model) + screensAhead(model);
    installEarlyCapture(window);
    input("reason", "pain-injury").click();
    press();
    input("emergency-check", "none").click();
    press();
    expect((await takeOver(model)).hydrate).toBe(true);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Where does it hurt the most?");
    expect(useProgressStore.getState().log).toEqual([pain, none]);
    expect(errors).not.toHaveBeenCalled();
  });

  it("keeps the ticks on the screen it takes over when no press was made", async () => {
    document.body.innerHTML = firstScreen(model) + screensAhead(model);
    installEarlyCapture(window);
    input("reason", "fitness-goal").click();
    press();
    input("emergency-check", "fainting").click();
    await takeOver(model);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Do you have any of these warning signs?");
    expect(screen.getByRole("checkbox", { name: /Fainting/ })).toBeChecked();
    expect(useProgressStore.getState().log).toEqual([{ question: "reason", options: ["fitness-goal"] }]);
    expect(errors).not.toHaveBeenCalled();
  });

  it("answers a multiple-choice question 1 pressed before the app arrived, once it is up", async () => {
    const rules = defaultRules();
    rules.questions[0]!.type = "multiple";
    const multiple = uncheckedModel(rules);
    document.body.innerHTML = firstScreen(multiple) + screensAhead(multiple);
    installEarlyCapture(window);
    input("reason", "pain-injury").click();
    input("reason", "fitness-goal").click();
    press();
    await takeOver(multiple);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Do you have any of these warning signs?");
    expect(useProgressStore.getState().log).toEqual([{ question: "reason", options: ["pain-injury", "fitness-goal"] }]);
  });
});
