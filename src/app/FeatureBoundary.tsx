import { t } from '@lingui/core/macro';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** The parts of the page that can fail on their own. */
export type FeaturePart = 'map' | 'timeline' | 'filters' | 'details' | 'list' | 'lesson';

/** What each part is called in the console, for whoever opens it. */
const CONSOLE_NAMES: Record<FeaturePart, string> = {
  map: 'the map',
  timeline: 'the timeline',
  filters: 'the search and filters',
  details: 'the details',
  list: 'the event list',
  lesson: 'the lesson',
};

/** The message for the reader, one whole sentence for each part, so each can be translated as a whole. */
function failureMessage(part: FeaturePart, reason: string): string {
  switch (part) {
    case 'map':
      return t`Sorry, the map could not be shown (${reason}). The rest of the page still works.`;
    case 'timeline':
      return t`Sorry, the timeline could not be shown (${reason}). The rest of the page still works.`;
    case 'filters':
      return t`Sorry, the search and filters could not be shown (${reason}). The rest of the page still works.`;
    case 'details':
      return t`Sorry, the details could not be shown (${reason}). The rest of the page still works.`;
    case 'list':
      return t`Sorry, the event list could not be shown (${reason}). The rest of the page still works.`;
    case 'lesson':
      return t`Sorry, the lesson could not be shown (${reason}). The rest of the page still works.`;
  }
}

interface Props {
  /** Which part of the page it is, for the message: "the map", "the timeline". */
  part: FeaturePart;
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
 * (Its parent, App, is drawn again when the language changes, and so is it.)
 */
export class FeatureBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the message below.
    console.warn(`wherewhen: ${CONSOLE_NAMES[this.props.part]} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const reason =
      error.message ||
      t({
        comment:
          'In brackets in "Sorry, the map could not be shown (…)", when the error gives no reason of its own',
        message: 'an unexpected error',
      });
    return (
      <div className={`feature-error ${this.props.className ?? ''}`} role="alert">
        <p>{failureMessage(this.props.part, reason)}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t`Try again`}
        </button>
      </div>
    );
  }
}
