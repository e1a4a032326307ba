/**
 * Slides one screen out and the next in. Under prefers-reduced-motion the screens
 * simply swap: no movement and no fade, not just a shorter one.
 */
import { AnimatePresence, domAnimation, LazyMotion, m, useIsPresent, useReducedMotion } from "framer-motion";
import type { ReactNode } from "react";

/** A leaving screen is inert: a second click on its Continue must not act on the next screen. */
function Presence({ children }: { children: ReactNode }) {
  const present = useIsPresent();
  return <div inert={!present}>{children}</div>;
}

export function StepTransition({ stepKey, children }: { stepKey: string; children: ReactNode }) {
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
      <AnimatePresence mode="wait" initial={false}>
        <m.div key={stepKey} className="step" {...motion}>
          <Presence>{children}</Presence>
        </m.div>
      </AnimatePresence>
    </LazyMotion>
  );
}
