import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { lazyPart } from '../../components/lazy-part';
import './copy-link.css';
import { appStore } from '../../store/app-store';
import { LESSON_FRAGMENT, MAX_LINK_LENGTH } from '../../lib/lesson-fragment';
import type { Withheld } from './CopyLinkNote';
import { currentLink } from './link';

// Only a reader who shows a file of their own, or a long lesson, and copies the link needs it.
const CopyLinkNote = lazyPart(() => import('./CopyLinkNote').then((m) => m.CopyLinkNote));

type Outcome = { kind: 'copied' } | { kind: 'manual'; link: string } | Withheld | null;

/**
 * Copies a link to exactly this view and says so; where the clipboard is
 * refused, shows the link to copy. A file from the reader's computer cannot
 * travel in a link: then it says so, and how to share the file, instead. Nor
 * can a lesson too long for a link (one opened from a file, carried whole in
 * the address): it says so and offers the lesson's file, or the link anyway.
 */
export function CopyLink() {
  const { t } = useLingui();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(
    function fadeConfirmation() {
      if (outcome?.kind !== 'copied') return;
      const timer = window.setTimeout(() => setOutcome(null), 4000);
      return () => window.clearTimeout(timer);
    },
    [outcome],
  );
  useEffect(
    function selectManualLink() {
      if (outcome?.kind === 'manual') field.current?.select();
    },
    [outcome],
  );

  const copy = () => {
    const { imported } = appStore.getState();
    const link = currentLink(appStore);
    if (imported?.source.kind === 'file') setOutcome({ kind: 'local', name: imported.name });
    // currentLink keeps the fragment only where it holds a lesson.
    else if (link.length > MAX_LINK_LENGTH && link.includes(LESSON_FRAGMENT))
      setOutcome({ kind: 'long', link });
    else void write(link);
  };

  const write = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', link });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={copy}>
        <Trans>Copy link</Trans>
      </button>
      <span role="status" className="copy-status">
        {outcome?.kind === 'copied' && <Trans>Link copied</Trans>}
      </span>
      {(outcome?.kind === 'local' || outcome?.kind === 'long') && (
        <div className="manual-link" role="status">
          <CopyLinkNote
            pending={outcome.kind === 'local' && <LocalFileFallback name={outcome.name} />}
            withheld={outcome}
            copy={(link) => void write(link)}
            close={() => setOutcome(null)}
          />
        </div>
      )}
      {outcome?.kind === 'manual' && (
        <label className="manual-link">
          <span>{t`The clipboard is not available here. Copy this link:`}</span>
          <input ref={field} readOnly value={outcome.link} onBlur={() => setOutcome(null)} />
        </label>
      )}
    </div>
  );
}

/** While the note loads: what the view shows. */
function LocalFileFallback({ name }: { name: string }) {
  return (
    <p>
      <Trans>
        This view shows <bdi>{name}</bdi>, a file from your computer.
      </Trans>
    </p>
  );
}
