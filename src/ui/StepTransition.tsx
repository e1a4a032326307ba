/**
 * Wraps the current screen. The first screen renders in a plain wrapper (it may be
 * the pre-rendered, hydrated HTML); the animation code loads in the background and
 * takes over at the first step change — never remounting what the visitor is using.
 */
import { type ComponentType, type ReactNode, useEffect, useState } from "react";

type Animated = ComponentType<{ stepKey: string; children: ReactNode }>;

// Started as soon as the app runs, so it is ready long before the first Continue.
const loadAnimated = (): Promise<Animated> => import("./AnimatedSteps.tsx").then((module) => module.AnimatedSteps);

export function StepTransition({ stepKey, children }: { stepKey: string; children: ReactNode }) {
  const [Animated, setAnimated] = useState<Animated | null>(null);
  const [firstKey] = useState(stepKey);
  const [switched, setSwitched] = useState(false);
  useEffect(() => {
    let active = true;
    loadAnimated().then(
      (component) => active && setAnimated(() => component),
      () => {}, // Without the animation code the quiz still works; screens just swap.
    );
    return () => {
      active = false;
    };
  }, []);
  if (Animated && !switched && stepKey !== firstKey) setSwitched(true);
  if (Animated && switched) return <Animated stepKey={stepKey}>{children}</Animated>;
  return (
    <div className="step" key={stepKey}>
      {children}
    </div>
  );
}
