// @vitest-environment jsdom
/** The animated wrapper takes over only at a step change, whenever its code arrives. */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ReactNode, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { StepTransition } from "../../../src/ui/StepTransition.tsx";

// The animation code arrives when the test says so, as on a slow connection.
let arrive!: () => void;
const arrived = new Promise<void>((resolve) => { arrive = resolve; });
vi.mock("../../../src/ui/AnimatedSteps.tsx", async () => {
  await arrived;
  return {
    AnimatedSteps: ({ stepKey, children }: { stepKey: string; children: ReactNode }) => (
      <div data-testid="animated" key={stepKey}>{children}</div>
    ),
  };
});

/** A screen with state of its own, as a question's ticked boxes are. */
function Screen({ name }: { name: string }) {
  const [checked, setChecked] = useState(false);
  return <label><input type="checkbox" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />{name}</label>;
}

describe("the step transition", () => {
  it("keeps the screen in use mounted when the animation code arrives, and animates from the next step", async () => {
    const user = userEvent.setup();
    const view = render(<StepTransition stepKey="intro"><Screen name="Question 1" /></StepTransition>);
    view.rerender(<StepTransition stepKey="q2"><Screen name="Question 2" /></StepTransition>);
    await user.click(screen.getByRole("checkbox", { name: "Question 2" }));

    await act(async () => {
      arrive();
      await arrived;
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByRole("checkbox", { name: "Question 2" })).toBeChecked();
    expect(screen.queryByTestId("animated")).not.toBeInTheDocument();

    view.rerender(<StepTransition stepKey="q3"><Screen name="Question 3" /></StepTransition>);
    expect(screen.getByTestId("animated")).toContainElement(screen.getByRole("checkbox", { name: "Question 3" }));
  });
});
