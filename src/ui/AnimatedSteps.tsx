/**
 * The animated step transition (framer-motion), loaded once the app is idle so it never
 * competes with the first answer; see StepTransition. The next screen is there and usable
 * at once — fully opaque, in the document flow — and only slides the last few pixels into
 * place: motion never stands between a visitor and the next question. The screen that
 * left is gone at once (no exit animation to wait for). Under prefers-reduced-motion the
 * screens simply swap.
 */
import { domAnimation, LazyMotion, m, useReducedMotion } from "framer-motion";
import type { MouseEventHandler, ReactNode } from "react";

interface Props {
  stepKey: string;
  children: ReactNode;
  /** Given by StepTransition (carried-clicks.ts), so this lazily loaded chunk shares no module with the first load. */
  onClickCapture?: MouseEventHandler<HTMLDivElement>;
}

export function AnimatedSteps({ stepKey, children, onClickCapture }: Props) {
  const reduce = useReducedMotion() ?? false;
  return (
    <LazyMotion features={domAnimation} strict>
      <m.div
        key={stepKey}
        className="step"
        {...(onClickCapture ? { onClickCapture } : {})}
        initial={reduce ? false : { x: 24 }}
        animate={{ x: 0 }}
        transition={{ duration: 0.2, ease: "easeOut" }}
      >
        {children}
      </m.div>
    </LazyMotion>
  );
}
