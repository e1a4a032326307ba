// @vitest-environment jsdom
/** Whatever goes wrong while the quiz renders, the visitor gets the calm screen with a way to get help. */
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_FALLBACK } from "../../../src/ui/fallback.ts";
import { FailSafe } from "../../../src/ui/FailSafe.tsx";
import { RulesUnavailable } from "../../../src/ui/RulesUnavailable.tsx";

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

describe("the \"being updated\" screen", () => {
  it("says what to do in an emergency, offers booking, and carries the disclaimer", () => {
    render(<RulesUnavailable />);
    expect(screen.getByRole("region", { name: "In an emergency" })).toHaveTextContent(/chest pain.*stroke/i);
    expect(screen.getByRole("link", { name: DEFAULT_FALLBACK.emergency.label })).toHaveAttribute("href", DEFAULT_FALLBACK.emergency.href);
    expect(screen.getByRole("link", { name: /Book a free consult/ })).toHaveAttribute("href", DEFAULT_FALLBACK.booking.url);
    expect(screen.getByRole("complementary", { name: "Medical disclaimer" })).toHaveTextContent(DEFAULT_FALLBACK.disclaimer);
  });
});
