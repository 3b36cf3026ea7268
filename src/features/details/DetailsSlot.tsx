import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { closeDetails } from './close-details';
import './details-base.css';

const loadDetails = () => import('./EventDetails');
const lazyDetails = () => lazy(() => loadDetails().then((m) => ({ default: m.EventDetails })));

/**
 * The details panel, a lazy chunk: it is fetched while the page is idle after
 * the first paint, so the first selection opens it at once. Each mount asks
 * afresh, so "Try again" after a failed fetch really tries again.
 */
export function DetailsSlot() {
  const selected = useAppStore((s) => s.selectedId !== null);
  const [EventDetails] = useState(lazyDetails);
  useEffect(function prefetchWhenIdle() {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => void loadDetails().catch(() => undefined));
  }, []);
  // Escape closes the details even while their chunk is still on its way.
  useEffect(
    function closeOnEscape() {
      if (!selected) return;
      const onKey = (e: KeyboardEvent) => {
        // A modal dialog handles its own Escape.
        if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
        closeDetails();
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [selected],
  );
  if (!selected) return null;
  return (
    <Suspense
      fallback={
        <p className="muted details-loading">
          <Trans>Loading the details…</Trans>
        </p>
      }
    >
      <EventDetails />
    </Suspense>
  );
}
