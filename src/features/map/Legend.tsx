import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { categoryColor } from '../../lib/marker-scales';
import { CATEGORIES } from '../../lib/vocabulary';
import { usePrinting } from '../../hooks/use-printing';
import './legend.css';

/** The opened legend is a chunk of its own: closed, it is a strip of the category colours. */
const LegendBody = lazyPart(() => import('./LegendBody').then((m) => m.LegendBody));

/**
 * The legend over the map's corner. On a screen wide and tall enough to spare
 * the room it starts open; on a smaller one it is a strip that opens on demand.
 */
export function Legend() {
  const { t } = useLingui();
  // Tall enough too, or the open legend would reach the notices at the map's top.
  const [open, setOpen] = useState(
    () => window.matchMedia('(min-width: 1400px) and (min-height: 800px)').matches,
  );
  // A printed handout always has the legend.
  const printing = usePrinting();
  const shown = open || printing;
  useEffect(function prefetchWhenIdle() {
    // Fetched once the page is idle, so it opens at once, and a printout has it.
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => void LegendBody.preload().catch(() => undefined));
  }, []);
  return (
    <div role="group" aria-label={t`Map legend`} className={shown ? 'legend is-open' : 'legend'}>
      <button
        type="button"
        className="legend-button"
        aria-expanded={shown}
        aria-controls="legend-body"
        onClick={() => setOpen(!open)}
      >
        <Trans comment="Button that opens the map's key to colours and sizes">Legend</Trans>
        <span className="legend-strip" aria-hidden="true">
          {CATEGORIES.map((c) => (
            <span key={c} style={{ background: categoryColor(c) }} />
          ))}
        </span>
      </button>
      <div id="legend-body" className="legend-body" hidden={!shown}>
        {shown && <LegendBody pending={<p className="legend-note">{t`Loading the legend…`}</p>} />}
      </div>
    </div>
  );
}
