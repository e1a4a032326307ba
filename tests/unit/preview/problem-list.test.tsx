// @vitest-environment jsdom
/**
 * The Checks list says what the safety proof found on every path, as rules:check and the
 * build would: faults are errors, in red; a text not yet walked is not called safe.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ProblemList, type SafetyCheck } from "../../../src/preview/ProblemList.tsx";
import type { LocatedProblem } from "../../../src/rules/check-text.ts";

afterEach(cleanup);

const warning: LocatedProblem = { severity: "warning", message: "not reviewed", path: ["questions", 0, "id"], line: 3, column: 5, offset: 20, length: 4 };
const error: LocatedProblem = { ...warning, severity: "error", message: "bad id" };
const show = (problems: LocatedProblem[], safety: SafetyCheck | null) => render(<ProblemList problems={problems} safety={safety} onJump={() => {}} />);

describe("the Checks list", () => {
  it("lists the safety proof's faults as errors, in red, once the walk is done", () => {
    show([warning], { kind: "done", faults: ["question neck-check is unreachable"] });
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(/^1 safety error, 1 warning\. Not safe for visitors: rules:check and the build refuse this file/);
    expect(status).toHaveClass("preview-status--error");
    const fault = screen.getByText("question neck-check is unreachable").closest("li")!;
    expect(fault).toHaveClass("preview-problem--safety");
    expect(fault).toHaveTextContent(/^safety question neck-check is unreachable$/);
  });

  it("calls the rules safe only once every path was walked without a fault", () => {
    show([], { kind: "walking" });
    expect(screen.getByRole("status")).toHaveTextContent("No problems found. Checking every path for safety…");
    cleanup();
    show([], { kind: "done", faults: [] });
    expect(screen.getByRole("status")).toHaveTextContent("No problems found. Every path is safe. The quiz on the right uses these rules.");
    expect(screen.getByRole("status")).not.toHaveClass("preview-status--error");
    cleanup();
    show([], { kind: "unavailable", reason: "no workers here." });
    expect(screen.getByRole("status")).toHaveTextContent("No problems found. The safety check on every path could not run: no workers here.");
  });

  it("with errors in the text, counts those (there is nothing to walk)", () => {
    show([error, warning], null);
    expect(screen.getByRole("status")).toHaveTextContent(/^1 error, 1 warning\./);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });
});
