// @vitest-environment jsdom
/**
 * Rules served without the texts only a care result shows (the build's first-load file): the
 * result's code fetches them, checked by hash, and merges them in. When they can't be had —
 * missing, another build's, not texts — a care result still shows the outcome, the clearance
 * note, the booking link and the disclaimer, and says plainly that the rest couldn't be
 * loaded; an urgent result shows everything, since none of it is in the second file.
 */
import { createHash } from "node:crypto";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildModel, type QuizModel } from "../../../src/rules/model.ts";
import { splitResultTexts } from "../../../src/rules/result-texts.ts";
import { forVisitors } from "../../../src/rules/translation.ts";
import { useProgressStore } from "../../../src/store/progress-store.ts";
import { Quiz } from "../../../src/ui/Quiz.tsx";
import { withResultTexts } from "../../../src/ui/result/texts.ts";
import { defaultRules } from "../helpers.ts";

const URL_OF_TEXTS = "https://quiz.example/rules/care-quiz.results.json";
const whole = forVisitors(defaultRules());
const { first, texts } = splitResultTexts(whole);
const body = JSON.stringify(texts);
const sha256 = createHash("sha256").update(body).digest("hex");
const split: QuizModel = { ...buildModel(first), resultTexts: { url: URL_OF_TEXTS, sha256 } };

/** fetch answering with these responses in turn (the last one from then on). */
function serve(...responses: (() => Response | Promise<Response>)[]) {
  const fetch = vi.fn(async () => (responses.length > 1 ? responses.shift()! : responses[0]!)());
  vi.stubGlobal("fetch", fetch);
  return fetch;
}
const ok = (text = body) => () => new Response(text, { status: 200 });
const missing = () => new Response("not found", { status: 404 });
const offline = () => Promise.reject(new TypeError("Failed to fetch"));

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  useProgressStore.getState().clear();
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  errors.mockRestore();
});

describe("fetching the result texts", () => {
  it("merges them in when their SHA-256 is the one the rules name", async () => {
    const fetch = serve(ok());
    const { model, details } = await withResultTexts(split);
    expect(fetch).toHaveBeenCalledWith(URL_OF_TEXTS);
    expect(details).toBe(true);
    expect(model.rules).toEqual(whole);
    expect(model.resultTexts).toBeUndefined();
  });

  it("needs nothing for rules that came whole", async () => {
    const fetch = serve(ok());
    const model = buildModel(whole);
    expect(await withResultTexts(model)).toEqual({ model, details: true });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each<[string, () => Response | Promise<Response>, RegExp]>([
    ["missing", missing, /rules\/care-quiz\.results\.json: could not be loaded \(HTTP 404\)/],
    ["unreachable", offline, /could not be loaded \(Failed to fetch\)/],
    ["another build's (one text changed)", ok(body.replace("physiotherapist", "physio")), /SHA-256 differs/],
    ["not a file of texts", () => new Response("[1]"), /SHA-256 differs/],
  ])("leaves the model as it is, without details, when they are %s", async (_, response, message) => {
    serve(response);
    const { model, details } = await withResultTexts(split);
    expect(details).toBe(false);
    expect(model).toBe(split);
    expect(errors.mock.calls.join("\n")).toMatch(message);
  });
});

async function choose(user: ReturnType<typeof userEvent.setup>, ...labels: string[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

/** To a personal-training result with the clearance note (a heart condition). */
async function toCareResult(user: ReturnType<typeof userEvent.setup>) {
  await choose(user, "A fitness goal");
  await choose(user, "None of these");
  await choose(user, "A heart condition or high blood pressure");
  await choose(user, "Losing weight");
  await choose(user, "None of these");
  await choose(user, "None of these");
  await choose(user, "Online, by video call");
  return screen.findByRole("heading", { level: 1, name: /Personal training/ });
}

const UNAVAILABLE = /The rest of this result, why we suggest it and what to expect, couldn't be loaded/;

describe("a result from rules served without their result texts", () => {
  it("shows the whole care result once the texts have loaded", async () => {
    serve(ok());
    const user = userEvent.setup();
    render(<Quiz model={split} />);
    await toCareResult(user);
    expect(screen.getByText(whole.outcomes.find((o) => o.id === "personal-training")!.summary)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Why we suggest this" })).toBeInTheDocument();
    expect(screen.getByText("You'd like to train online")).toBeInTheDocument();
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();
  });

  it("without them, a care result shows the outcome, the clearance note, the booking link, the disclaimer, and says the rest couldn't be loaded", async () => {
    const fetch = serve(missing);
    const user = userEvent.setup();
    render(<Quiz model={split} />);
    await toCareResult(user);
    expect(screen.getByText(UNAVAILABLE)).toBeInTheDocument();
    const note = screen.getByRole("region", { name: "Check with your doctor before you start" });
    expect(within(note).getByText("You have a heart condition or high blood pressure")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /^Book a free consult/ })).toHaveAttribute("href", "https://clinic.example/book?care=personal-training");
    expect(screen.getByRole("complementary", { name: "Medical disclaimer" })).toHaveTextContent(/not be interpreted as medical advice/);
    // Nothing that needs the missing texts, and no reasons picked without them.
    expect(screen.queryByRole("heading", { name: "Why we suggest this" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "About this care" })).not.toBeInTheDocument();
    expect(screen.queryByText("You'd like to train online")).not.toBeInTheDocument();
    // Asked at idle, and once more when the result was due.
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("says so in the summary to copy too", async () => {
    serve(missing);
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<Quiz model={split} />);
    await toCareResult(user);
    await user.click(screen.getByRole("button", { name: "Copy summary" }));
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toContain("Result: Personal training");
    expect(text).toMatch(UNAVAILABLE);
    expect(text).toContain("Book a free consult: https://clinic.example/book?care=personal-training");
    expect(text).toContain("not be interpreted as medical advice");
    expect(text).not.toContain("You'd like to train online");
  });

  it("tries once more when a result is due, and shows the whole result if that try succeeds", async () => {
    const fetch = serve(offline, ok());
    const user = userEvent.setup();
    render(<Quiz model={split} />);
    // The try at idle fails first…
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await toCareResult(user);
    // …the one made for the result succeeds.
    expect(await screen.findByRole("heading", { name: "Why we suggest this" })).toBeInTheDocument();
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();
  });

  it("without them, an urgent result shows everything: the action, what to do, what you told us, the disclaimer", async () => {
    serve(missing);
    const user = userEvent.setup();
    render(<Quiz model={split} />);
    await choose(user, "Pain or an injury");
    await choose(user, "Chest pain, pressure or tightness, at any time — or pain in your arm, jaw, neck or upper back that comes on when you're active");
    await screen.findByRole("heading", { level: 1, name: /Call 911 now/ });
    const urgent = whole.outcomes.find((o) => o.id === "call-911")!;
    const card = screen.getByRole("region", { name: /Emergency: Call 911 now/ });
    expect(within(card).getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
    expect(within(card).getByText(urgent.summary)).toBeInTheDocument();
    for (const step of urgent.whatToExpect!) expect(within(card).getByText(step)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "What you told us" })).toBeInTheDocument();
    expect(screen.getByText(urgent.explanation[0]!)).toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "Medical disclaimer" })).toBeInTheDocument();
    expect(screen.queryByText(UNAVAILABLE)).not.toBeInTheDocument();
  });
});
