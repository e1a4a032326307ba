// @vitest-environment jsdom
/** The next screen appears at once: the second click of a double click on Continue must not act on it. */
import { fireEvent, render, screen } from "@testing-library/react";
import { type ComponentType, type ReactNode, useState } from "react";
import { describe, expect, it } from "vitest";
import { AnimatedSteps } from "../../../src/ui/AnimatedSteps.tsx";
import { ignoreCarriedOverClicks } from "../../../src/ui/carried-clicks.ts";
import { StepTransition } from "../../../src/ui/StepTransition.tsx";

/** A screen with an answer of its own and a Continue that counts its presses. */
function Screen({ name, onContinue }: { name: string; onContinue: () => void }) {
  const [checked, setChecked] = useState(false);
  return (
    <>
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
        {name}
      </label>
      <button type="button" onClick={onContinue}>Continue</button>
    </>
  );
}

const wrappers: Record<string, ComponentType<{ stepKey: string; children: ReactNode }>> = {
  "the plain wrapper": StepTransition,
  "the animated wrapper, as StepTransition sets it up": (props) => <AnimatedSteps {...props} onClickCapture={ignoreCarriedOverClicks} />,
};

describe.each(Object.entries(wrappers))("%s", (_name, Wrapper) => {
  it("ignores a click that continues a series begun on the screen before, and takes the next fresh one", () => {
    let presses = 0;
    const view = render(<Wrapper stepKey="q1"><Screen name="Question 1" onContinue={() => presses++} /></Wrapper>);
    fireEvent.click(screen.getByRole("button", { name: "Continue" }), { detail: 1 });
    view.rerender(<Wrapper stepKey="q2"><Screen name="Question 2" onContinue={() => presses++} /></Wrapper>);

    // The double click's second click lands on the new screen: nothing ticked, nothing pressed.
    fireEvent.click(screen.getByRole("checkbox", { name: "Question 2" }), { detail: 2 });
    fireEvent.click(screen.getByRole("button", { name: "Continue" }), { detail: 3 });
    expect(screen.getByRole("checkbox", { name: "Question 2" })).not.toBeChecked();
    expect(presses).toBe(1);

    // A click of the visitor's own on this screen counts, and so does the series it starts.
    fireEvent.click(screen.getByRole("checkbox", { name: "Question 2" }), { detail: 1 });
    expect(screen.getByRole("checkbox", { name: "Question 2" })).toBeChecked();
    fireEvent.click(screen.getByRole("checkbox", { name: "Question 2" }), { detail: 2 });
    expect(screen.getByRole("checkbox", { name: "Question 2" })).not.toBeChecked();
  });

  it("lets keyboard presses through (their click count is 0)", () => {
    let presses = 0;
    render(<Wrapper stepKey="q2"><Screen name="Question 2" onContinue={() => presses++} /></Wrapper>);
    fireEvent.click(screen.getByRole("button", { name: "Continue" }), { detail: 0 });
    expect(presses).toBe(1);
  });
});
