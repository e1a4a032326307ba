// @vitest-environment jsdom
/** The early capture on the page the build writes, before any app code: what it shows, keeps and drops. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installEarlyCapture } from "../../../src/app/early-capture.ts";
import { screenKey } from "../../../src/app/screen-key.ts";
import type { QuizModel } from "../../../src/rules/model.ts";
import { firstScreen, screensAhead } from "../../../scripts/prerender/screens.tsx";
import { defaultModel, defaultRules, uncheckedModel } from "../helpers.ts";

const model = defaultModel();

/** The page as the build writes it (first screen and screens ahead), with the capture listening. */
function openPage(quiz: QuizModel = model) {
  document.body.innerHTML = firstScreen(quiz) + screensAhead(quiz);
  installEarlyCapture(window);
}

const heading = () => document.querySelector("h1")!;
const input = (name: string, value: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent?.includes(text))!;
const early = () => document.documentElement.getAttribute("data-early");
const click = (element: Element, detail = 1) => element.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, detail }));
/** Submits the way Continue does, and says whether the page stopped the submission. */
const pressContinue = () => {
  const event = new SubmitEvent("submit", { bubbles: true, cancelable: true, submitter: button("Continue") });
  button("Continue").form!.dispatchEvent(event);
  return event.defaultPrevented;
};

beforeEach(() => openPage());
afterEach(() => window.carefitEarly?.take());

describe("the early capture", () => {
  it("shows the screen after question 1 at once from the build's HTML, focused, and keeps the answer for the app", () => {
    expect(early()).toBe("on");
    click(input("reason", "pain-injury"));
    expect(pressContinue()).toBe(true);
    expect(heading().textContent).toContain("Do you have any of these warning signs?");
    expect(heading().textContent).toMatch(/^Question 2 of up to \d+/);
    expect(document.activeElement).toBe(heading());
    expect(document.getElementById("root")!.dataset["prerendered"]).toBe(screenKey(model, [{ question: "reason", options: ["pain-injury"] }]));
    expect(window.carefitEarly!.take()).toEqual({ cleared: false, shown: { question: "reason", options: ["pain-injury"] }, press: undefined });
  });

  it("holds a press on that screen for the app, and drops it when an answer changes after it", () => {
    click(input("reason", "fitness-goal"));
    pressContinue();
    click(input("emergency-check", "none"));
    expect(pressContinue()).toBe(true);
    expect(early()).toBe("waiting");
    const screen = screenKey(model, [{ question: "reason", options: ["fitness-goal"] }]);
    expect(structuredClone(window.carefitEarly!.take())).toEqual({
      cleared: false,
      shown: { question: "reason", options: ["fitness-goal"] },
      press: { question: "emergency-check", options: ["none"], screen },
    });
    openPage();
    click(input("reason", "fitness-goal"));
    pressContinue();
    click(input("emergency-check", "none"));
    pressContinue();
    click(input("emergency-check", "chest-pain"));
    expect(early()).toBe("on");
    expect(window.carefitEarly!.take().press).toBeUndefined();
  });

  it("does nothing for Continue with nothing chosen, and stops submissions either way", () => {
    expect(pressContinue()).toBe(true);
    expect(heading().textContent).toBe("Which care fits me?");
    expect(window.carefitEarly!.take()).toEqual({ cleared: false });
  });

  it("goes Back to question 1 with its answer, dropping what was pressed since", () => {
    click(input("reason", "pain-injury"));
    pressContinue();
    click(input("emergency-check", "none"));
    pressContinue();
    click(button("Back"));
    expect(heading().textContent).toBe("Which care fits me?");
    expect(document.activeElement).toBe(heading());
    expect(input("reason", "pain-injury").checked).toBe(true);
    expect(window.carefitEarly!.take()).toEqual({ cleared: false, shown: undefined, press: undefined });
  });

  it("clears question 1 on Clear my answers, and tells the app to delete saved progress", () => {
    click(input("reason", "pain-injury"));
    pressContinue();
    click(button("Clear my answers"));
    expect(heading().textContent).toBe("Which care fits me?");
    expect(input("reason", "pain-injury").checked).toBe(false);
    expect(window.carefitEarly!.take()).toMatchObject({ cleared: true, shown: undefined });
  });

  it("keeps None of these on its own, as the app does", () => {
    click(input("reason", "pain-injury"));
    pressContinue();
    click(input("emergency-check", "chest-pain"));
    click(input("emergency-check", "fainting"));
    click(input("emergency-check", "none"));
    expect([...document.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value)).toEqual(["none"]);
    click(input("emergency-check", "fainting"));
    expect([...document.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value)).toEqual(["fainting"]);
  });

  it("lets the second click of a double click on Continue act on nothing on the screen it brought up", () => {
    click(input("reason", "pain-injury"));
    click(button("Continue"), 1);
    pressContinue();
    click(input("emergency-check", "chest-pain"), 2);
    expect(input("emergency-check", "chest-pain").checked).toBe(false);
    click(input("emergency-check", "chest-pain"), 1);
    expect(input("emergency-check", "chest-pain").checked).toBe(true);
  });

  it("holds a press on question 1 when no screen was rendered ahead for it (a multiple-choice question 1)", () => {
    window.carefitEarly!.take();
    const rules = defaultRules();
    rules.questions[0]!.type = "multiple";
    const multiple = uncheckedModel(rules);
    openPage(multiple);
    expect(document.querySelectorAll("template")).toHaveLength(0);
    click(input("reason", "pain-injury"));
    click(input("reason", "fitness-goal"));
    pressContinue();
    expect(heading().textContent).toBe("Which care fits me?");
    expect(window.carefitEarly!.take().press).toEqual({ question: "reason", options: ["pain-injury", "fitness-goal"], screen: screenKey(multiple) });
  });

  it("hands over once: after take() it stops nothing and records nothing", () => {
    const record = window.carefitEarly!.take();
    expect(window.carefitEarly).toBeUndefined();
    expect(early()).toBeNull();
    click(input("reason", "pain-injury"));
    expect(pressContinue()).toBe(false);
    expect(record).toEqual({ cleared: false });
  });
});
