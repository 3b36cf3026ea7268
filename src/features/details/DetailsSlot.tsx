import { Trans } from '@lingui/react/macro';
import { useEffect } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { useAppStore } from '../../store/app-store';
import { closeDetails } from './close-details';
import './details-base.css';

const EventDetails = lazyPart(() => import('./EventDetails').then((m) => m.EventDetails));

/**
 * The details panel, a lazy chunk: it is fetched while the page is idle after
 * the first paint, so the first selection opens it at once. A failed fetch is
 * not kept, so "Try again" (which mounts it afresh) really tries again.
 */
export function DetailsSlot() {
  const selected = useAppStore((s) => s.selectedId !== null);
  useEffect(function prefetchWhenIdle() {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => void EventDetails.preload().catch(() => undefined));
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
    <EventDetails
      pending={
        <p className="muted details-loading">
          <Trans>Loading the details…</Trans>
        </p>
      }
    />
  );
}
