// @vitest-environment jsdom
/** The quiz through Testing Library: what a visitor sees and does, found by role and name. */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildModel } from "../../../src/rules/model.ts";
import { PROGRESS_KEY, useProgressStore } from "../../../src/store/progress-store.ts";
import { Quiz } from "../../../src/ui/Quiz.tsx";
import { defaultModel } from "../helpers.ts";

const model = defaultModel();

function renderQuiz() {
  const user = userEvent.setup();
  const view = render(<Quiz model={model} />);
  return { user, ...view };
}

const heading = () => screen.getByRole("heading", { level: 1 });

async function choose(user: ReturnType<typeof userEvent.setup>, ...labels: string[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

beforeEach(() => {
  useProgressStore.getState().clear();
});

describe("the quiz screens", () => {
  it("shows the introduction with the first question under it, then each question as the page heading, focused", async () => {
    const { user } = renderQuiz();
    expect(heading()).toHaveTextContent("Which care fits me?");
    expect(heading()).not.toHaveFocus();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Question 1 of up to 15");
    expect(screen.getByRole("group", { name: /What brings you here today\?/ })).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(4);
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
    await choose(user, "Pain or an injury");
    expect(heading()).toHaveTextContent("Question 2 of up to 13");
    expect(screen.getByRole("group", { name: /Do you have any of these/ })).toBeInTheDocument();
    expect(heading()).toHaveFocus();
  });

  it("titles every screen, says Error in the title, and focuses the error summary once it is there", async () => {
    const { user } = renderQuiz();
    expect(document.title).toBe("Which care fits me?");
    await choose(user, "Pain or an injury");
    expect(document.title).toBe("Question 2: Do you have any of these warning signs? – Which care fits me?");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(document.title).toBe("Error: Question 2: Do you have any of these warning signs? – Which care fits me?");
    expect(screen.getByRole("alert")).toHaveFocus();
    // The chevron is decoration: the button is named "Back".
    expect(screen.getByRole("button", { name: "Back" })).toBeInTheDocument();
    await choose(user, "Chest pain, pressure or tightness, at any time — or pain in your arm, jaw, neck or upper back that comes on when you're active");
    // The result's code loads on its own (at idle, or now): on a busy machine the title may follow a moment later.
    await vi.waitFor(() => expect(document.title).toBe("Result: Call 911 now – Which care fits me?"));
  });

  it("asks for an answer instead of moving on, and explains how", async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Select an answer to continue.");
    expect(screen.getByRole("group")).toHaveAccessibleDescription(/Error: Select an answer to continue/);
    expect(screen.getByRole("heading", { level: 2, name: /What brings you here today\?/ })).toBeInTheDocument();
  });

  it("walks to an explained personal-training result with the booking link and disclaimer", async () => {
    const { user } = renderQuiz();
    await choose(user, "A fitness goal");
    await choose(user, "None of these");
    await choose(user, "A heart condition or high blood pressure");
    await choose(user, "Losing weight");
    await choose(user, "None of these");
    await choose(user, "None of these");
    await choose(user, "Online, by video call");
    expect(heading()).toHaveTextContent("Personal training");
    expect(heading()).toHaveFocus();
    const note = screen.getByRole("region", { name: "Check with your doctor before you start" });
    expect(within(note).getByText("You have a heart condition or high blood pressure")).toBeInTheDocument();
    // The note comes right after the heading that takes focus, so a screen reader reaches it first.
    expect(heading().nextElementSibling).toBe(note);
    expect(screen.getByText("You'd like to train online")).toBeInTheDocument();
    const link = screen.getByRole("link", { name: /^Book a free consult\s*\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute("href", "https://clinic.example/book?care=personal-training");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByRole("complementary", { name: "Medical disclaimer" })).toHaveTextContent(/not be interpreted as medical advice/);
    // The booking box has a heading of its own, so heading navigation reaches it.
    const booking = screen.getByRole("region", { name: "Next step: a free consult" });
    expect(within(booking).getByRole("link", { name: /Book a free consult/ })).toBe(link);
    // One list of reasons; the clearance note lists its own answers without a second "because" heading.
    expect(screen.getAllByRole("heading", { name: /Why we suggest this|Because you told us/ })).toHaveLength(1);
    // A short line near the top leads to the full disclaimer.
    expect(screen.getByRole("link", { name: "Read the full disclaimer" })).toHaveAttribute("href", `#${screen.getByRole("complementary", { name: "Medical disclaimer" }).id}`);
  });

  it("lists the answers on the result, and Change goes back to that question and returns to the result", async () => {
    const { user } = renderQuiz();
    await choose(user, "A fitness goal");
    await choose(user, "None of these");
    await choose(user, "None of these");
    await choose(user, "Losing weight");
    await choose(user, "None of these");
    await choose(user, "None of these");
    await choose(user, "Online, by video call");
    const answers = screen.getByRole("region", { name: "Your answers" });
    expect(within(answers).getByText("What would you like to work on?").nextElementSibling).toHaveTextContent("Losing weight");
    await user.click(within(answers).getByRole("button", { name: "Change — What would you like to work on?" }));
    expect(heading()).toHaveTextContent("What would you like to work on?");
    expect(screen.getByRole("checkbox", { name: "Losing weight" })).toBeChecked();
    await choose(user, "Getting stronger");
    // Nothing else needed asking again: straight back to the result, with the new answer.
    expect(heading()).toHaveTextContent("Personal training");
    expect(within(screen.getByRole("region", { name: "Your answers" })).getByText("What would you like to work on?").nextElementSibling)
      .toHaveTextContent(/Getting stronger.*Losing weight|Losing weight.*Getting stronger/);
  });

  it("copies a plain-text summary for the visitor to paste, and says so", async () => {
    const { user } = renderQuiz();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await choose(user, "A fitness goal");
    for (let i = 0; i < 2; i++) await choose(user, "None of these");
    await choose(user, "Losing weight");
    for (let i = 0; i < 2; i++) await choose(user, "None of these");
    await choose(user, "Online, by video call");
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toMatch(/^Your quiz summary: Example Health & Fitness Clinic — Which care fits me\?\nMade on /);
    expect(text).toContain("Result: Personal training");
    expect(text).toContain("What would you like to work on? Losing weight");
    expect(text).toContain("Book a free consult: https://clinic.example/book?care=personal-training");
    expect(text).toContain("not be interpreted as medical advice");
    expect(screen.getByRole("status")).toHaveTextContent("Summary copied.");
  });

  it("shows an urgent result with what to do and no booking link", async () => {
    const { user } = renderQuiz();
    await choose(user, "Pain or an injury");
    await choose(user, "Chest pain, pressure or tightness, at any time — or pain in your arm, jaw, neck or upper back that comes on when you're active");
    expect(heading()).toHaveTextContent("Call 911 now");
    // The action sits inside the emergency card, which is named by its heading (urgency in words, not only colour).
    const card = screen.getByRole("region", { name: /Emergency: Call 911 now/ });
    expect(within(card).getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
    expect(screen.queryByRole("link", { name: /Book/ })).not.toBeInTheDocument();
    // No Back above the card: "Change my answers" comes after the content.
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "Medical disclaimer" })).toBeInTheDocument();
    // The copied summary says what to do once: "Call 911", not "Call 911: 911".
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    const text = writeText.mock.calls[0]![0] as string;
    expect(text.split("\n")).toContain("Call 911");
    expect(text).not.toContain("Call 911: 911");
    await user.click(screen.getByRole("button", { name: "Change my answers" }));
    expect(heading()).toHaveTextContent("Do you have any of these warning signs?");
  });

  it("renders rule text as text, never as HTML", async () => {
    const rules = structuredClone(model.rules);
    rules.intro.heading = '<img src=x onerror="alert(1)">Hello';
    const { buildModel } = await import("../../../src/rules/model.ts");
    render(<Quiz model={buildModel(rules)} />);
    expect(heading()).toHaveTextContent('<img src=x onerror="alert(1)">Hello');
    expect(document.querySelector("img")).toBeNull();
  });

  it("saves answers on this device, offers to resume them, and clears them on request", async () => {
    const first = renderQuiz();
    await choose(first.user, "A fitness goal");
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? "{}").state.log).toEqual([{ question: "reason", options: ["fitness-goal"] }]);
    first.unmount();

    const second = renderQuiz();
    // One clear choice: nothing else can be answered until it is made.
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
    await second.user.click(screen.getByRole("button", { name: "Continue where you left off" }));
    expect(heading()).toHaveTextContent("Do you have any of these");
    await second.user.click(screen.getByRole("button", { name: "Clear my answers" }));
    expect(heading()).toHaveTextContent("Which care fits me?");
    expect(screen.queryByRole("button", { name: "Continue where you left off" })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? "{}").state.log).toEqual([]);
  });

  it("offers saved progress for the rules' keepProgressHours (24 by default), then discards it", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    useProgressStore.getState().save(model.rules.version, [{ question: "reason", options: ["fitness-goal"] }]);
    vi.setSystemTime(start + 23 * 3_600_000);
    const view = renderQuiz();
    expect(screen.getByRole("button", { name: "Continue where you left off" })).toBeInTheDocument();
    view.unmount();
    const shortLived = buildModel({ ...model.rules, keepProgressHours: 12 });
    render(<Quiz model={shortLived} />);
    expect(screen.queryByRole("button", { name: "Continue where you left off" })).not.toBeInTheDocument();
    expect(localStorage.getItem(PROGRESS_KEY) ?? "").not.toContain("fitness-goal");
    vi.useRealTimers();
  });

  it("does not offer progress saved under another version of the rules", async () => {
    useProgressStore.getState().save("an-older-version", [{ question: "reason", options: ["fitness-goal"] }]);
    renderQuiz();
    expect(screen.queryByRole("button", { name: "Continue where you left off" })).not.toBeInTheDocument();
  });
});
