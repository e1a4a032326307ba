// @vitest-environment jsdom
/**
 * Rendering the quiz costs no walk through the rules: the machine replays the answer log
 * once when it changes (an answer), and each render draws from that (machine/visit-view.ts).
 * Counted on the engine's replay itself, through the real screens, to the result.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { replay } from "../../../src/engine/route.ts";
import { Quiz } from "../../../src/ui/Quiz.tsx";
import { answerAll, defaultModel, visitors } from "../helpers.ts";

vi.mock(import("../../../src/engine/route.ts"), async (original) => {
  const route = await original();
  return { ...route, replay: vi.fn(route.replay) };
});

const model = defaultModel();

describe("the quiz's renders", () => {
  it("replay the answer log once per answer (the machine's), never to draw a screen", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Quiz model={model} saveProgress={false} />);
    const log = answerAll(model, visitors.ankleSprain);
    for (const [i, answer] of log.entries()) {
      const question = model.questions.get(answer.question)!;
      for (const id of answer.options) await user.click(screen.getByLabelText(question.options.find((o) => o.id === id)!.label));
      vi.mocked(replay).mockClear();
      await user.click(screen.getByRole("button", { name: "Continue" }));
      // The first answer also clears any earlier visit: that walk of the empty log is one more.
      expect(vi.mocked(replay), `answer ${i + 1}`).toHaveBeenCalledTimes(i === 0 ? 2 : 1);
    }
    expect(await screen.findByRole("link", { name: /Book a free consult/ })).toBeInTheDocument();
    vi.mocked(replay).mockClear();
    rerender(<Quiz model={model} saveProgress={false} />);
    expect(vi.mocked(replay)).not.toHaveBeenCalled();
  });
});
