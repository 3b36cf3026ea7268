import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';
import type { LessonQuestion } from './use-lesson';

/**
 * Asks, in the lesson's bar, before a lesson is fetched from a host the reader has not loaded from:
 * its words are not this map's, and fetching it tells that host the reader's internet address. The
 * same question, and the same remembered answer, as for events from another host (`?data=`).
 */
export function LessonHostQuestion({ question, onClose }: { question: LessonQuestion; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(function focusQuestion() {
    heading.current?.focus();
  }, []);
  const { host, answer } = question;
  return (
    <section className="lesson-bar lesson-problem" aria-labelledby="lesson-title">
      <h2 id="lesson-title" ref={heading} tabIndex={-1}>
        <Trans>Open a lesson from another site?</Trans>
      </h2>
      <p>
        <Trans>
          This link opens a lesson from{' '}
          <strong>
            <bdi>{host}</bdi>
          </strong>
          . It comes from that site, not from this map, and fetching it tells that site your internet address.
          If you open it, this browser remembers it and does not ask again for <bdi>{host}</bdi>.
        </Trans>
      </p>
      <div className="lesson-buttons">
        <button type="button" className="button" onClick={() => answer(true)}>
          <Trans>Open the lesson</Trans>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            answer(false);
            onClose();
          }}
        >
          <Trans>Close lesson</Trans>
        </button>
      </div>
    </section>
  );
}
