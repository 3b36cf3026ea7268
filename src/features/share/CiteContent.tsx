import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { citeApa, citeMla } from '../../lib/cite';
import { eventsToCsv, eventsToGeoJson } from '../../lib/export-events';
import { appStore } from '../../store/app-store';
import { withEveryTranslation } from '../../store/bundled-translations';
import { selectTotalCount, selectVisiblePositions } from '../../store/selectors';
import { CopyText } from '../../components/CopyText';
import { downloadText } from '../../lib/download';
import { currentLink } from './link';

/** Citations of exactly this view, and its events to download: a lazy chunk. */
export function CiteContent() {
  const { t, i18n } = useLingui();
  // What is on screen when the dialog opens.
  const view = useMemo(() => {
    const state = appStore.getState();
    const dataset = state.dataset;
    const positions = selectVisiblePositions(state);
    const events = dataset ? Array.from(positions, (p) => dataset.events[p]!) : [];
    const meta = dataset?.metadata ?? null;
    const name = state.imported?.name ?? meta?.title ?? 'wherewhen events';
    const input = {
      title:
        meta?.title ??
        state.imported?.name ??
        t({
          comment: 'Name of events with no title; wherewhen is the name of the site',
          message: 'wherewhen events',
        }),
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
      // The file's name stays in plain letters and digits, whatever the language.
      file: name
        .replace(/\.[a-z0-9]+$/i, '')
        .replace(/[^\w-]+/g, '-')
        .toLowerCase(),
    };
  }, [t]);
  const { events, meta, input, file } = view;
  /**
   * The events of the view with every translation the data has: the bundled events carry only the
   * words of the language shown, and a download keeps them all (as `title_ur` columns, `translations`).
   */
  const fullEvents = () =>
    appStore.getState().bundledLanguages === null ? Promise.resolve(events) : withEveryTranslation(events);
  const shown = i18n.number(input.shown);
  const total = input.total;
  return (
    <>
      <p>
        <Trans>
          This view shows {shown} of <Plural value={total} one="# event" other="# events" />. The link in each
          citation opens exactly this view.
        </Trans>
      </p>
      <CopyText label={t`APA citation`} button={t`Copy APA`} text={citeApa(input)} />
      <CopyText label={t`MLA citation`} button={t`Copy MLA`} text={citeMla(input)} />
      <h3>
        <Trans>Download the events of this view</Trans>
      </h3>
      <p>
        <Trans>With their dates, places, figures, actors and sources.</Trans>
      </p>
      <div className="import-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void fullEvents().then((all) =>
              downloadText(`${file}-view.csv`, 'text/csv;charset=utf-8', eventsToCsv(all)),
            )
          }
        >
          <Trans>Download CSV</Trans>
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void fullEvents().then((all) =>
              downloadText(`${file}-view.geojson`, 'application/geo+json', eventsToGeoJson(all, meta)),
            )
          }
        >
          <Trans>Download GeoJSON</Trans>
        </button>
      </div>
    </>
  );
}
