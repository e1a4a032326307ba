// @vitest-environment jsdom
/** Whatever goes wrong while the quiz renders, the visitor gets the calm screen with a way to get help. */
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FailSafe } from "../../../src/ui/FailSafe.tsx";

function Broken(): never {
  throw new TypeError("intro.paragraphs.map is not a function");
}

describe("the fail-safe", () => {
  it("turns an exception while rendering into the \"being updated\" screen, and logs it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<FailSafe><Broken /></FailSafe>);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This quiz is being updated");
    expect(error.mock.calls.flat().join(" ")).toContain("intro.paragraphs.map is not a function");
    error.mockRestore();
  });

  it("renders the quiz untouched when nothing fails", () => {
    render(<FailSafe><h1>Which care fits me?</h1></FailSafe>);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Which care fits me?");
  });
});
