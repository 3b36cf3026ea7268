import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import type { HostQuestion } from './host-question';

/**
 * Asks, in a modal dialog, before events are loaded from a host the reader
 * has not loaded from: its events are not this map's, and loading them tells
 * that host the reader's internet address. Escape means no.
 */
export function DataHostQuestion({ question }: { question: HostQuestion }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(function openModal() {
    const dialog = ref.current;
    // The dialog's first button, Load, takes focus.
    if (dialog && !dialog.open) dialog.showModal();
    return function closeModal() {
      dialog?.close();
    };
  }, []);
  const { host, answer } = question;
  return (
    <dialog
      ref={ref}
      className="about host-question"
      aria-labelledby="host-question-title"
      aria-describedby="host-question-text"
      onCancel={() => answer(false)}
    >
      <h2 id="host-question-title">
        <Trans>Load events from another site?</Trans>
      </h2>
      <p id="host-question-text">
        <Trans>
          This link loads events from{' '}
          <strong>
            <bdi>{host}</bdi>
          </strong>
          . Load them?
        </Trans>
      </p>
      <p>
        <Trans>
          They come from that site, not from this map, and loading them tells it your internet address. If you
          load them, this browser remembers it and does not ask again for <bdi>{host}</bdi>.
        </Trans>
      </p>
      <div className="import-actions">
        <button type="button" className="button" onClick={() => answer(true)}>
          <Trans comment="Verb, on a button: load the events from the other site">Load</Trans>
        </button>
        <button type="button" className="button" onClick={() => answer(false)}>
          <Trans>Show the bundled events instead</Trans>
        </button>
      </div>
    </dialog>
  );
}
