/**
 * Catches anything that goes wrong while showing the checked rules (the quiz,
 * the problem list, the path explorer) and says what happened beside the editor,
 * which sits outside this boundary and stays usable. The next edit tries again.
 */
import { Component, useId, type ReactNode } from "react";

interface Props {
  /** The text being shown: when it changes, the boundary forgets the error and renders again. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: string;
}

export class PreviewBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <Crash error={error} />;
  }
}

/** What the boundary shows instead: a function, so its heading's id comes from useId. */
function Crash({ error }: { error: Error }) {
  const heading = useId();
  return (
    <section role="alert" aria-labelledby={heading} className="preview-quiz preview-crash">
      <h2 id={heading}>The preview stopped</h2>
      <p>
        Something in these rules made the preview fail: <code>{error.message}</code>
      </p>
      <p>
        Your text is safe: it is still in the editor, and kept as a draft in this browser. Undo your last
        change to get the preview back, or download the file and send it to whoever maintains the quiz.
      </p>
    </section>
  );
}
