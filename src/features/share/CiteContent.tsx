import { useMemo } from 'react';
import { citeApa, citeMla } from '../../lib/cite';
import { eventsToCsv, eventsToGeoJson } from '../../lib/export-events';
import { appStore } from '../../store/app-store';
import { selectTotalCount, selectVisiblePositions } from '../../store/selectors';
import { CopyText } from '../../components/CopyText';
import { downloadText } from '../../lib/download';
import { currentLink } from './link';

/** Citations of exactly this view, and its events to download: a lazy chunk. */
export function CiteContent() {
  // What is on screen when the dialog opens.
  const view = useMemo(() => {
    const state = appStore.getState();
    const dataset = state.dataset;
    const positions = selectVisiblePositions(state);
    const events = dataset ? Array.from(positions, (p) => dataset.events[p]!) : [];
    const meta = dataset?.metadata ?? null;
    const name = state.imported?.name ?? meta?.title ?? 'wherewhen events';
    const input = {
      title: meta?.title ?? name,
      version: meta?.version ?? null,
      updated: meta?.updated ?? null,
      url: currentLink(appStore),
      accessed: new Date(),
      shown: events.length,
      total: selectTotalCount(state),
    };
    return {
      events,
      meta,
      input,
      file: name
        .replace(/\.[a-z0-9]+$/i, '')
        .replace(/[^\w-]+/g, '-')
        .toLowerCase(),
    };
  }, []);
  const { events, meta, input, file } = view;
  return (
    <>
      <p>
        This view shows {input.shown.toLocaleString('en-GB')} of {input.total.toLocaleString('en-GB')} events.
        The link in each citation opens exactly this view.
      </p>
      <CopyText label="APA citation" button="Copy APA" text={citeApa(input)} />
      <CopyText label="MLA citation" button="Copy MLA" text={citeMla(input)} />
      <h3>Download the events of this view</h3>
      <p>With their dates, places, figures, actors and sources.</p>
      <div className="import-actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`${file}-view.csv`, 'text/csv;charset=utf-8', eventsToCsv(events))}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(`${file}-view.geojson`, 'application/geo+json', eventsToGeoJson(events, meta))
          }
        >
          Download GeoJSON
        </button>
      </div>
    </>
  );
}
