import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import './content-note.css';

/**
 * The dataset's own content note (violence, casualty figures), in one line
 * over the top of the map so it never hides what the map shows: "More" opens
 * the rest, "Hide note" takes it away.
 */
export function ContentNote() {
  const note = useAppStore((s) => s.dataset?.metadata?.contentNote);
  const [hidden, setHidden] = useState(false);
  if (!note || hidden) return null;
  return (
    <aside className="content-note-banner" aria-label="Content note">
      <p>
        {/* On a narrow map a sign stands for the words, so the note keeps room for its own (the aside keeps its name). */}
        <strong>
          <span className="wide-only">Content note:</span>
          <span className="narrow-only" aria-hidden="true" title="Content note">
            ⚠
          </span>
        </strong>{' '}
        {note}
      </p>
      <details>
        <summary className="button">More</summary>
      </details>
      {/* On a narrow map the button is a ×, which leaves the note's text room for a few words. */}
      <button
        type="button"
        className="button hide-note"
        aria-label="Hide note"
        onClick={() => setHidden(true)}
      >
        <span className="wide-only">Hide note</span>
        <span className="narrow-only" aria-hidden="true">
          ×
        </span>
      </button>
    </aside>
  );
}
