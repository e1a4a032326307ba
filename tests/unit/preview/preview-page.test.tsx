// @vitest-environment jsdom
/**
 * The staff preview keeps the staff member's text whatever happens: as a draft
 * across reloads (under its own key), and beside an explanation if showing the
 * rules fails, instead of a blank page.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { type Ref, useImperativeHandle, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EditorHandle } from "../../../src/preview/editor/RulesEditor.tsx";
import { DRAFT_KEY, DRAFT_MAX_CHARS } from "../../../src/preview/draft.ts";
import { PreviewPage } from "../../../src/preview/PreviewPage.tsx";
import { PROGRESS_KEY } from "../../../src/store/progress-store.ts";
import { cleanRules } from "../fixtures.ts";

// Stands in for any fault while showing the rules: the quiz fails to render these.
vi.mock("../../../src/ui/Quiz.tsx", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/ui/Quiz.tsx")>();
  return {
    Quiz: (props: Parameters<typeof actual.Quiz>[0]) => {
      if (props.model.rules.title === "FAULT") throw new Error("simulated fault");
      return actual.Quiz(props);
    },
  };
});

// CodeMirror needs a real browser's layout (the browser tests use it); a textarea with the
// same props and handle stands in, so these tests are about the page: drafts and faults.
vi.mock("../../../src/preview/editor/RulesEditor.tsx", () => ({
  RulesEditor({ initial, label, onChange, ref }: { initial: string; label: string; onChange: (t: string) => void; ref?: Ref<EditorHandle> }) {
    const [value, setValue] = useState(initial);
    const change = (text: string) => {
      setValue(text);
      onChange(text);
    };
    useImperativeHandle(ref, () => ({ select() {}, replace() {}, setText: change }));
    return <textarea aria-label={label} value={value} onChange={(e) => change(e.currentTarget.value)} />;
  },
}));

const published = JSON.stringify(cleanRules(), null, 2);
const editor = () => screen.getByLabelText<HTMLTextAreaElement>("rules/care-quiz.json");
const type = (text: string) => fireEvent.change(editor(), { target: { value: text } });
const storedDraft = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null") as { text: string } | null;

afterEach(() => vi.restoreAllMocks());

describe("the preview's draft", () => {
  it("keeps each edit under its own key, never the visitor's progress, and forgets it once the text is back to the published rules", () => {
    render(<PreviewPage published={published} />);
    type(published.replace('"Tiny"', '"Tiny edited"'));
    expect(storedDraft()?.text).toContain('"Tiny edited"');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    type(published);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("is not kept past the checker's size limit: an older draft is removed, not brought back, and the page says to download", () => {
    render(<PreviewPage published={published} />);
    type(published.replace('"Tiny"', '"Tiny edited"'));
    expect(storedDraft()).not.toBeNull();
    type(`${published}${" ".repeat(DRAFT_MAX_CHARS)}`);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByText(/too long to keep as a draft: download it to keep your edits/)).toBeInTheDocument();
    type(published.replace('"Tiny"', '"Tiny again"'));
    expect(storedDraft()?.text).toContain('"Tiny again"');
    expect(screen.queryByText(/too long to keep as a draft/)).not.toBeInTheDocument();
  });

  it("comes back after a reload, says it is a draft, and offers the published rules", () => {
    const first = render(<PreviewPage published={published} />);
    const edited = published.replace('"Tiny"', '"Tiny edited"');
    type(edited);
    first.unmount();

    render(<PreviewPage published={published} />);
    expect(editor().value).toBe(edited);
    expect(screen.getByText(/This is your draft from .*, kept in this browser; it is not on the site\./)).toBeInTheDocument();
    vi.spyOn(window, "confirm").mockReturnValue(true);
    fireEvent.click(screen.getByRole("button", { name: "Go back to the published rules" }));
    expect(editor().value).toBe(published);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.queryByRole("button", { name: "Go back to the published rules" })).not.toBeInTheDocument();
  });

  it("keeps the draft when going back is not confirmed", () => {
    render(<PreviewPage published={published} />);
    type(`${published} `);
    vi.spyOn(window, "confirm").mockReturnValue(false);
    fireEvent.click(screen.getByRole("button", { name: "Go back to the published rules" }));
    expect(editor().value).toBe(`${published} `);
    expect(storedDraft()?.text).toBe(`${published} `);
  });
});

describe("a fault while showing the rules", () => {
  it("is explained beside the editor, which keeps the text and stays editable; the next edit recovers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // React reports the caught error; expected here.
    render(<PreviewPage published={published} />);
    expect(await screen.findByRole("status")).toHaveTextContent("No problems found");

    const faulty = published.replace('"title": "Tiny"', '"title": "FAULT"');
    type(faulty);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The preview stopped");
    expect(alert).toHaveTextContent("simulated fault");
    expect(alert).toHaveTextContent("Your text is safe");
    expect(editor().value).toBe(faulty);
    expect(storedDraft()?.text).toBe(faulty);

    type(published);
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("No problems found");
    expect(screen.getByRole("region", { name: "Try it" })).toHaveTextContent("First?");
  });
});
