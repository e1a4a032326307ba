/**
 * Assembles the visit: the machine (with saving to this device filled in), the
 * screen for its view (machine/visit-view.ts: worked out once per snapshot), and the
 * step transitions. No rule logic lives here, and nothing from the engine.
 */
import { useMachine } from "@xstate/react";
import { useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { AnswerLog, VisitEvent } from "../machine/visit-machine.ts";
import { visitMachine } from "../machine/visit-machine.ts";
import { viewOf, type QuestionView } from "../machine/visit-view.ts";
import type { QuizModel } from "../rules/model.ts";
import { savedLogFor, useProgressStore } from "../store/progress-store.ts";
import { ClearAnswers } from "./ClearAnswers.tsx";
import type { EarlyStart, QuizCommands, QuizEvent } from "../machine/visit-events.ts";
import { IntroScreen } from "./IntroScreen.tsx";
import { QuestionScreen } from "./QuestionScreen.tsx";
import { useResultCode } from "./result-code.ts";
import { strings } from "./strings.ts";
import { StepTransition } from "./StepTransition.tsx";

interface QuizProps {
  model: QuizModel;
  /** Off in the staff preview, which must not touch a visitor's saved progress. */
  saveProgress?: boolean;
  /** Told when the visitor starts, reaches a question or a result, or follows the booking link. */
  onEvent?: (event: QuizEvent) => void;
  /** Commands from outside (the host page of an embed). */
  commands?: QuizCommands;
  /** What the visitor did before the app took over: answers given, ticks, a press to act on. */
  early?: EarlyStart;
  /** Staff preview: begin with these answers already given (a path picked, or where staff were before an edit). */
  start?: AnswerLog;
}

export function Quiz({ model, saveProgress = true, onEvent, commands, early, start }: QuizProps) {
  const [machine] = useState(() =>
    visitMachine.provide({
      actions: {
        persist: ({ context }) => {
          if (saveProgress) useProgressStore.getState().save(model.rules.version, context.log);
        },
      },
    }),
  );
  const [saved] = useState(() => start ?? (saveProgress ? savedLogFor(model.rules.version, model.rules.keepProgressHours) : []));
  const [snapshot, send] = useMachine(machine, { input: { model, saved, answered: early?.answered ?? [] } });
  // Given answers are resumed at once, as the machine replays them: any that no longer fit are dropped.
  useEffect(() => {
    if (start) send({ type: "RESUME" });
  }, [start, send]);
  // Focus follows the visitor's own moves only, never the first paint.
  const [navigated, setNavigated] = useState(false);
  // Sends a visitor's move to the machine, telling the outside when the visit starts:
  // answering the first question on the first screen, or resuming saved answers.
  const dispatch = (event: VisitEvent) => {
    const starts = snapshot.matches("intro") && (event.type === "ANSWER" || event.type === "RESUME");
    if (starts && snapshot.can(event)) onEvent?.({ type: "started", resumed: event.type === "RESUME" });
    send(event);
  };
  const go = (event: VisitEvent) => {
    setNavigated(true);
    dispatch(event);
  };
  // Once, at start: a visit already begun before the app arrived is announced, and a press
  // made before it arrived is acted on — through the machine, which takes it only as an
  // answer to the question on screen (a ref, so a second run of the effect can't repeat it).
  const pendingEarly = useRef(early);
  const takeOverEarly = useEffectEvent(() => {
    const taken = pendingEarly.current;
    pendingEarly.current = undefined;
    if (taken && taken.answered.length > 0 && !snapshot.matches("intro")) onEvent?.({ type: "started", resumed: false });
    if (taken?.press) go({ type: "ANSWER", ...taken.press });
  });
  useEffect(() => takeOverEarly(), []);
  // The embedding page's booking link, when it may set one (connect.ts decides).
  const [bookingUrl, setBookingUrl] = useState<string | null>(null);
  useEffect(
    () =>
      commands?.subscribe((command) => {
        if (command.type === "restart") send({ type: "RESTART" });
        else setBookingUrl(command.url);
      }),
    [commands, send],
  );
  const rules = useMemo(
    () => (bookingUrl ? { ...model.rules, booking: { ...model.rules.booking, url: bookingUrl } } : model.rules),
    [model.rules, bookingUrl],
  );
  const clear = () => {
    if (saveProgress) useProgressStore.getState().clear();
    go({ type: "RESTART" });
  };

  // The result's code loads at idle (result-code.ts); a result reached before it waits for it.
  // Its model has the texts only a care result shows (fetched with the code when the rules came without them).
  const resultCode = useResultCode(model, snapshot.matches("result"));
  const view = useMemo(() => viewOf(snapshot, resultCode), [snapshot, resultCode]);

  // Tell the outside once per screen (effects may run twice in development).
  const announced = useRef("");
  const { report } = view;
  useEffect(() => {
    if (!onEvent || !report || announced.current === report.key) return;
    announced.current = report.key;
    onEvent(report.event);
  }, [report, onEvent]);

  const questionScreen = (shown: QuestionView | null, questionKey: string, withBack: boolean) =>
    shown && (
      <QuestionScreen
        key={questionKey}
        question={shown.question}
        progress={shown.progress}
        initial={
          // Ticks made before the app took over belong to the screen it took over, before any move.
          !navigated && early?.ticked?.question === shown.question.id
            ? early.ticked.options.filter((id) => shown.question.options.some((o) => o.id === id))
            : shown.preselected
        }
        focus={navigated && withBack}
        onAnswer={(options) => go({ type: "ANSWER", question: shown.question.id, options })}
        quizTitle={model.rules.title}
        {...(withBack ? { onBack: () => go({ type: "BACK" }) } : {})}
      />
    );

  let screen: React.ReactNode;
  switch (view.screen) {
    case "intro":
      screen = (
        <IntroScreen
          intro={model.rules.intro}
          canResume={view.canResume}
          focus={navigated}
          onStartOver={() => go({ type: "START" })}
          onResume={() => go({ type: "RESUME" })}
          quizTitle={model.rules.title}
        >
          {questionScreen(view.question, "intro-question", false)}
        </IntroScreen>
      );
      break;
    case "question":
      screen = (
        <>
          {questionScreen(view.question, view.key, true)}
          <ClearAnswers onClear={clear} />
        </>
      );
      break;
    case "result": {
      const { result } = view;
      screen = resultCode && (
        <>
          <resultCode.ResultScreen
            rules={rules}
            result={result}
            details={resultCode.details}
            focus={navigated}
            answers={view.answers}
            onBack={() => go({ type: "BACK" })}
            onChange={(question) => go({ type: "CHANGE", question })}
            onRestart={() => go({ type: "RESTART" })}
            onBookingClick={() => onEvent?.({ type: "booking-click", outcome: result.outcome.id })}
          />
          <ClearAnswers onClear={clear} />
        </>
      );
      break;
    }
    case "result-loading":
      // Reached before the result's code arrived (rare: it loads at idle); it shows as soon as it has.
      screen = (
        <p role="status" className="hint">
          {strings.loadingResult}
        </p>
      );
      break;
    case "lost":
      screen = <p role="alert">{strings.lost}</p>;
  }

  return (
    // Named, so it stays a distinct landmark when a host page with its own <main> embeds it.
    <main className="quiz" aria-label={model.rules.title}>
      <StepTransition stepKey={view.key}>{screen}</StepTransition>
    </main>
  );
}
