/**
 * The animated step transition (framer-motion). Loaded after the first screen is up,
 * so the animation library never delays the first question; see StepTransition.
 * Under prefers-reduced-motion the screens simply swap: no movement and no fade.
 */
import { AnimatePresence, domAnimation, LazyMotion, m, useIsPresent, useReducedMotion } from "framer-motion";
import type { ReactNode } from "react";

/** A leaving screen is inert: a second click on its Continue must not act on the next screen. */
function Presence({ children }: { children: ReactNode }) {
  const present = useIsPresent();
  return <div inert={!present}>{children}</div>;
}

export function AnimatedSteps({ stepKey, children }: { stepKey: string; children: ReactNode }) {
  const reduce = useReducedMotion() ?? false;
  const motion = reduce
    ? { initial: false as const, animate: {}, exit: {}, transition: { duration: 0 } }
    : {
        initial: { opacity: 0, x: 24 },
        animate: { opacity: 1, x: 0 },
        exit: { opacity: 0, x: -24 },
        transition: { duration: 0.18, ease: "easeOut" as const },
      };
  return (
    <LazyMotion features={domAnimation} strict>
      <AnimatePresence mode="wait">
        <m.div key={stepKey} className="step" {...motion}>
          <Presence>{children}</Presence>
        </m.div>
      </AnimatePresence>
    </LazyMotion>
  );
}
