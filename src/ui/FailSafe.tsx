/**
 * The last line of defence: any exception while rendering the quiz (or in its effects)
 * ends in the calm "being updated" screen with its booking link and safety line, never
 * in a blank page. The error goes to the console for staff.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { RulesUnavailable } from "./RulesUnavailable.tsx";

export class FailSafe extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("CareFit: the quiz failed, so visitors see the \"being updated\" screen:", error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RulesUnavailable /> : this.props.children;
  }
}
