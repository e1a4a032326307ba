/**
 * Wraps the current screen. Screens render in a plain wrapper (the first may be the
 * pre-rendered, hydrated HTML) until the animation code has loaded; the animated wrapper
 * takes over at the next step change after it arrives. Never sooner: swapping the wrapper
 * remounts the screen inside it, and on a slow phone the code can arrive while the visitor
 * is ticking answers on question 2 — a remount would clear them.
 */
import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import { ignoreCarriedOverClicks } from "./carried-clicks.ts";
import { whenIdle } from "./when-idle.ts";

type Animated = ComponentType<{ stepKey: string; children: ReactNode; onClickCapture?: typeof ignoreCarriedOverClicks }>;

const loadAnimated = (): Promise<Animated> => import("./AnimatedSteps.tsx").then((module) => module.AnimatedSteps);

type Motion =
  | { phase: "loading" }
  /** Loaded while `onScreen` was shown (null until the next render notes it): that screen stays plain. */
  | { phase: "waiting"; Animated: Animated; onScreen: string | null }
  | { phase: "animating"; Animated: Animated };

export function StepTransition({ stepKey, children }: { stepKey: string; children: ReactNode }) {
  const [motion, setMotion] = useState<Motion>({ phase: "loading" });
  useEffect(() => {
    let active = true;
    const cancel = whenIdle(() =>
      loadAnimated().then(
        (Animated) => active && setMotion({ phase: "waiting", Animated, onScreen: null }),
        () => {}, // Without the animation code the quiz still works; screens just swap.
      ),
    );
    return () => {
      active = false;
      cancel();
    };
  }, []);
  // The code's arrival is noted against the screen rendered then; the switch waits for the next one.
  if (motion.phase === "waiting" && motion.onScreen === null) setMotion({ ...motion, onScreen: stepKey });
  else if (motion.phase === "waiting" && motion.onScreen !== stepKey) setMotion({ phase: "animating", Animated: motion.Animated });

  if (motion.phase === "animating") {
    return (
      <motion.Animated stepKey={stepKey} onClickCapture={ignoreCarriedOverClicks}>
        {children}
      </motion.Animated>
    );
  }
  return (
    <div className="step" key={stepKey} onClickCapture={ignoreCarriedOverClicks}>
      {children}
    </div>
  );
}
