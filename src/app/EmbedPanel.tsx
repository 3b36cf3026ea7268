import { useLingui } from '@lingui/react/macro';
import { useEffect, useState, type ReactNode } from 'react';
import { appStore, useAppStore } from '../store/app-store';
import { selectVisiblePositions } from '../store/selectors';

/**
 * In an embed, the list and the details wait in a panel over the map, opened
 * by a button (or by selecting a marker), so the map keeps the small frame.
 * It opens by itself when the events cannot be loaded: the reason is in it.
 * In a lesson it stays shut for the event a step selects (the step's words
 * tell of it, and the small frame keeps its map), and opens for the reader's.
 */
export function EmbedPanel({ children, inLesson = false }: { children: ReactNode; inLesson?: boolean }) {
  const { t, i18n } = useLingui();
  const [open, setOpen] = useState(() => appStore.getState().loadState === 'failed');
  const count = useAppStore((s) => selectVisiblePositions(s).length);
  useEffect(
    function openOnSelection() {
      return appStore.subscribe((state, previous) => {
        const stepped = inLesson && state.selectionOrigin === 'link';
        if (state.selectedId !== null && state.selectedId !== previous.selectedId && !stepped) setOpen(true);
        if (state.loadState === 'failed' && previous.loadState !== 'failed') setOpen(true);
      });
    },
    [inLesson],
  );
  const shown = i18n.number(count);
  return (
    <>
      <button
        type="button"
        className="button embed-toggle"
        aria-expanded={open}
        aria-controls="embed-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? t`Hide the events` : t`Events (${shown})`}
      </button>
      <aside
        id="embed-panel"
        className="sidebar embed-panel"
        aria-label={t`Event list and details`}
        hidden={!open}
      >
        {children}
      </aside>
    </>
  );
}
