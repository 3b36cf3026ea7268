import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import './copy-link.css';
import { appStore } from '../../store/app-store';
import { currentLink } from './link';

// Only a reader who shows a file of their own and copies the link needs it.
const LocalFileNote = lazy(() => import('./LocalFileNote').then((m) => ({ default: m.LocalFileNote })));

type Outcome = { kind: 'copied' } | { kind: 'manual'; link: string } | { kind: 'local'; name: string } | null;

/**
 * Copies a link to exactly this view and says so; where the clipboard is
 * refused, shows the link to copy. A file from the reader's computer cannot
 * travel in a link: then it says so, and how to share the file, instead.
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

  const copy = async () => {
    const { imported } = appStore.getState();
    if (imported?.source.kind === 'file') {
      setOutcome({ kind: 'local', name: imported.name });
      return;
    }
    const link = currentLink(appStore);
    try {
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', link });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        <Trans>Copy link</Trans>
      </button>
      <span role="status" className="copy-status">
        {outcome?.kind === 'copied' && <Trans>Link copied</Trans>}
      </span>
      {outcome?.kind === 'local' && (
        <div className="manual-link" role="status">
          <Suspense fallback={<LocalFileFallback name={outcome.name} />}>
            <LocalFileNote name={outcome.name} what="a link" />
          </Suspense>
          <button type="button" className="button" onClick={() => setOutcome(null)}>
            <Trans comment="Verb: closes the note about a file from the reader's computer">Close</Trans>
          </button>
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
