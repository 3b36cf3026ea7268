import { Trans } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { lazyPart } from '../components/lazy-part';
import { useAppStore } from '../store/app-store';
import { CiteButton } from '../features/share/CiteButton';
import { CopyLink } from '../features/share/CopyLink';
import { EmbedButton } from '../features/share/EmbedButton';
import { HelpDialog } from '../features/keyboard/HelpDialog';
import { ImportButton } from '../features/data/ImportButton';
import { LessonButton } from '../features/lesson/LessonButton';
import { otherDataHost } from '../lib/data-source';
import { fullMapHref } from '../lib/embed';
import { AboutDialog } from './AboutDialog';
import { LanguageMenu } from './LanguageMenu';
import './header.css';

/**
 * The page's actions. On a wide screen they are one row; on a narrow one they
 * wait behind "More", so the header stays one row. Each action's button keeps
 * its dialog beside it: only the buttons are hidden, never a dialog's parent.
 */
function Actions() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(
    function closeFromOutside() {
      if (!open) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
        setOpen(false);
        ref.current?.querySelector<HTMLElement>('.more-button')?.focus();
      };
      const onDown = (e: PointerEvent) => {
        if (!ref.current?.contains(e.target as Node)) setOpen(false);
      };
      document.addEventListener('keydown', onKey);
      document.addEventListener('pointerdown', onDown);
      return () => {
        document.removeEventListener('keydown', onKey);
        document.removeEventListener('pointerdown', onDown);
      };
    },
    [open],
  );
  return (
    <div className="header-actions" ref={ref}>
      <button
        type="button"
        className="button more-button"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpen(!open)}
      >
        <Trans>More</Trans>
      </button>
      <div id="header-menu" className={open ? 'header-menu is-open' : 'header-menu'}>
        <CopyLink />
        <EmbedButton />
        <CiteButton />
        <LessonButton />
        <ImportButton />
        <div className="keys-item">
          <HelpDialog />
        </div>
        <AboutDialog />
      </div>
    </div>
  );
}

/** What the map shows and how to begin: a chunk, as it waits for the data anyway. */
const DatasetLine = lazyPart(() => import('./DatasetLine').then((m) => m.DatasetLine));

/** The title and the page's actions; in an embed, a link to the full map instead of sharing and importing. */
export function Header({ embed = false }: { embed?: boolean }) {
  const title = useAppStore((s) => s.dataset?.metadata?.title);
  // An embed loads another host's events without asking the reader (its page chose them): it says whose they are.
  const dataHost = embed ? otherDataHost(window.location.search, window.location.href) : null;
  return (
    <header className="header">
      <h1>
        <span className="brand">wherewhen</span>
        {title && (
          <span className="dataset-title" dir="auto">
            {title}
          </span>
        )}
      </h1>
      {/* An embed's caption says what its view shows, for the page around it. */}
      {!embed && <DatasetLine />}
      {dataHost && (
        <p className="data-host">
          <Trans>
            Events from <bdi>{dataHost}</bdi>
          </Trans>
        </p>
      )}
      {embed ? (
        <div className="header-actions">
          <a
            className="button"
            href={fullMapHref(window.location.search, window.location.pathname, window.location.hash)}
            target="_blank"
            rel="noopener noreferrer"
          >
            <Trans>Open full map</Trans>
          </a>
          <LanguageMenu />
          <HelpDialog />
          <AboutDialog />
        </div>
      ) : (
        <div className="header-end">
          <LanguageMenu />
          <Actions />
        </div>
      )}
    </header>
  );
}
