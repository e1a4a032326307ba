/**
 * Assembles the visit: the machine (with saving to this device filled in), the
 * screen for its current state, and the step transitions. No rule logic lives
 * here; screens get what the engine derived.
 */
import { useMachine } from "@xstate/react";
import { useMemo, useState } from "react";
import { recommend } from "../engine/outcome.ts";
import { progressOf } from "../engine/progress.ts";
import { currentStep, previousAnswer, visitMachine, type VisitEvent } from "../machine/visit-machine.ts";
import type { QuizModel } from "../rules/model.ts";
import { savedLogFor, useProgressStore } from "../store/progress-store.ts";
import { ClearAnswers } from "./ClearAnswers.tsx";
import { IntroScreen } from "./IntroScreen.tsx";
import { QuestionScreen } from "./QuestionScreen.tsx";
import { ResultScreen } from "./ResultScreen.tsx";
import { StepTransition } from "./StepTransition.tsx";

interface QuizProps {
  model: QuizModel;
  /** Off in the staff preview, which must not touch a visitor's saved progress. */
  saveProgress?: boolean;
}

export function Quiz({ model, saveProgress = true }: QuizProps) {
  const [machine] = useState(() =>
    visitMachine.provide({
      actions: {
        persist: ({ context }) => {
          if (saveProgress) useProgressStore.getState().save(model.rules.version, context.log);
        },
      },
    }),
  );
  const [saved] = useState(() => (saveProgress ? savedLogFor(model.rules.version) : []));
  const [snapshot, send] = useMachine(machine, { input: { model, saved } });
  // Focus follows the visitor's own moves only, never the first paint.
  const [navigated, setNavigated] = useState(false);
  const go = (event: VisitEvent) => {
    setNavigated(true);
    send(event);
  };
  const clear = () => {
    if (saveProgress) useProgressStore.getState().clear();
    go({ type: "RESTART" });
  };

  const { context } = snapshot;
  const step = currentStep(context);
  const result = useMemo(() => (snapshot.matches("result") ? recommend(model, context.log) : null), [snapshot, model, context.log]);

  let key: string;
  let screen: React.ReactNode;
  if (snapshot.matches("intro")) {
    key = "intro";
    screen = (
      <IntroScreen
        intro={model.rules.intro}
        canResume={snapshot.can({ type: "RESUME" })}
        focus={navigated}
        onStart={() => go({ type: "START" })}
        onResume={() => go({ type: "RESUME" })}
      />
    );
  } else if (result) {
    key = `result-${result.outcome.id}`;
    screen = (
      <>
        <ResultScreen
          rules={model.rules}
          result={result}
          focus={navigated}
          onBack={() => go({ type: "BACK" })}
          onRestart={() => go({ type: "RESTART" })}
        />
        <ClearAnswers onClear={clear} />
      </>
    );
  } else if (step.kind === "question") {
    key = `${context.log.length}-${step.question.id}`;
    screen = (
      <>
        <QuestionScreen
          key={key}
          question={step.question}
          progress={progressOf(model, context.log)}
          initial={previousAnswer(context)}
          focus={navigated}
          onAnswer={(options) => go({ type: "ANSWER", question: step.question.id, options })}
          onBack={() => go({ type: "BACK" })}
        />
        <ClearAnswers onClear={clear} />
      </>
    );
  } else {
    // Unreachable with checked rules: the machine only rests in intro, asking or result.
    key = "lost";
    screen = <p role="alert">Something went wrong. Please start over.</p>;
  }

  return (
    <main className="quiz" id="main">
      <StepTransition stepKey={key}>{screen}</StepTransition>
    </main>
  );
}
