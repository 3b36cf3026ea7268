import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the part of the page is called, for the message: "the map", "the timeline". */
  name: string;
  /** Class for the message, so it takes the part's place in the layout. */
  className?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure in one part of the page from blanking the rest: the part
 * is replaced by a message saying what failed, with a way to try again.
 */
export class FeatureBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the message below.
    console.warn(`wherewhen: ${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={`feature-error ${this.props.className ?? ''}`} role="alert">
        <p>
          Sorry, {this.props.name} could not be shown ({error.message || 'an unexpected error'}). The rest of
          the page still works.
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
