import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import './content-note.css';

/**
 * The dataset's own content note (violence, casualty figures), in one line
 * over the top of the map so it never hides what the map shows: "More" opens
 * the rest, "Hide note" takes it away.
 */
export function ContentNote() {
  const { t } = useLingui();
  const note = useAppStore((s) => s.dataset?.metadata?.contentNote);
  const [hidden, setHidden] = useState(false);
  if (!note || hidden) return null;
  return (
    <aside className="content-note-banner" aria-label={t`Content note`}>
      <p>
        {/* On a narrow map a sign stands for the words, so the note keeps room for its own (the aside keeps its name). */}
        <strong>
          <span className="wide-only">
            <Trans>Content note:</Trans>
          </span>
          <span className="narrow-only" aria-hidden="true" title={t`Content note`}>
            ⚠
          </span>
        </strong>{' '}
        {/* Cut at its own end, in its own direction: an English note on a right-to-left page keeps its start. */}
        <bdi className="content-note-text" dir="auto">
          {note}
        </bdi>
      </p>
      <details>
        <summary className="button">
          {t({ comment: 'Button that opens the rest of the content note', message: 'More' })}
        </summary>
      </details>
      {/* On a narrow map the button is a ×, which leaves the note's text room for a few words. */}
      <button
        type="button"
        className="button hide-note"
        aria-label={t`Hide note`}
        onClick={() => setHidden(true)}
      >
        <span className="wide-only">
          <Trans>Hide note</Trans>
        </span>
        <span className="narrow-only" aria-hidden="true">
          ×
        </span>
      </button>
    </aside>
  );
}
