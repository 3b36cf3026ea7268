import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/app-store';
import { CiteButton } from '../features/share/CiteButton';
import { CopyLink } from '../features/share/CopyLink';
import { EmbedButton } from '../features/share/EmbedButton';
import { HelpDialog } from '../features/keyboard/HelpDialog';
import { ImportButton } from '../features/import/ImportButton';
import { otherDataHost } from '../lib/data-source';
import { fullMapHref } from '../lib/embed';
import { AboutDialog } from './AboutDialog';

/** What the map shows and how to begin: a chunk, as it waits for the data anyway. */
const DatasetLine = lazy(() => import('./DatasetLine').then((m) => ({ default: m.DatasetLine })));

/** The title and the page's actions; in an embed, a link to the full map instead of sharing and importing. */
export function Header({ embed = false }: { embed?: boolean }) {
  const title = useAppStore((s) => s.dataset?.metadata?.title);
  // An embed loads another host's events without asking the reader (its page chose them): it says whose they are.
  const dataHost = embed ? otherDataHost(window.location.search, window.location.href) : null;
  return (
    <header className="header">
      <h1>
        <span className="brand">wherewhen</span>
        {title && <span className="dataset-title">{title}</span>}
      </h1>
      <Suspense fallback={null}>
        <DatasetLine />
      </Suspense>
      {dataHost && <p className="data-host">Events from {dataHost}</p>}
      <div className="header-actions">
        {embed ? (
          <a
            className="button"
            href={fullMapHref(window.location.search, window.location.pathname)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open full map
          </a>
        ) : (
          <>
            <CopyLink />
            <EmbedButton />
            <CiteButton />
            <ImportButton />
          </>
        )}
        <HelpDialog />
        <AboutDialog />
      </div>
    </header>
  );
}
