import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useMemo, useState, type SyntheticEvent } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { useShallow } from 'zustand/react/shallow';
import { binEvents, makeBins } from '../../lib/bins';
import { formatDay, type Day } from '../../lib/dates';
import { killedWeights, passingMask, totalInRange } from '../../lib/histogram-data';
import { panView, zoomView } from '../../lib/time-view';
import { appStore, useAppStore } from '../../store/app-store';
import { selectPassingPositions } from '../../store/selectors';
import { useLazyStart } from '../../hooks/use-lazy-start';
import { DateFields } from './DateFields';
import { loadPlayer, PlaybackControls } from './PlaybackControls';
import { RangeSlider } from './RangeSlider';
import { WindowAnnouncer } from './WindowAnnouncer';
import { ZoomControls } from './ZoomControls';
import './timeline.css';

const HistogramTable = lazyPart(() => import('./HistogramTable').then((m) => m.default));

/** Playback runs from its own chunk while the timeline is shown. */
const startPlayer = () => loadPlayer().then((player) => player.followPlaying());

/** Any touch on a timeline control other than playback's own stops playback. */
function pauseOnTouch(e: SyntheticEvent) {
  if (e.type === 'keydown' && ['Tab', 'Shift'].includes((e as unknown as KeyboardEvent).key)) return;
  if (e.target instanceof Element && e.target.closest('.playback-controls')) return;
  if (appStore.getState().playing) appStore.getState().setPlaying(false);
}

/** The chart's key and how to use it: the same words whatever the window, so not drawn again as it moves. */
const RangeHint = memo(function RangeHint() {
  return (
    <p className="range-hint">
      <Trans comment="Key to the chart and how to use it: <0/> is a solid swatch, <1/> a light one; Page Up/Down and Shift are keys on the keyboard">
        <span className="key-certain" aria-hidden="true" /> certainly in the period{' '}
        <span className="key-possible" aria-hidden="true" /> may fall in it (known only to the month or year,
        or a span). Handles snap to the bars; the wheel zooms. Keys on a handle: arrows a day, Page Up/Down a
        month, Shift for a year, + and − zoom.
      </Trans>
    </p>
  );
});

/**
 * The time window under the map: a histogram of events over time with a
 * two-handle range, a zoomable axis, playback, and exact dates. A lazy chunk
 * (see Timeline), fetched while the events load.
 */
export default function TimelineChart() {
  const { t } = useLingui();
  const { dataset, passing, view, timeWindow, setTimeWindow, setTimeView } = useAppStore(
    useShallow((s) => ({
      dataset: s.dataset,
      passing: selectPassingPositions(s),
      view: s.timeView,
      timeWindow: s.timeWindow,
      setTimeWindow: s.setTimeWindow,
      setTimeView: s.setTimeView,
    })),
  );
  const [showKilled, setShowKilled] = useState(false);
  const [showTable, setShowTable] = useState(false);
  useLazyStart(startPlayer);
  const extent = dataset?.index.extent ?? null;
  const bins = useMemo(() => (view ? makeBins(view.start, view.end) : null), [view]);
  // The histogram counts what the filters let through, so it agrees with the map and the list.
  const mask = useMemo(
    () => (dataset ? passingMask(dataset.events.length, passing) : null),
    [dataset, passing],
  );
  const counts = useMemo(
    () => (dataset && bins ? binEvents(dataset.index, bins, mask ?? undefined) : null),
    [dataset, bins, mask],
  );
  // Events the histogram's range holds (the filters' ones), for its summary.
  const total = useMemo(
    () => (dataset && bins ? totalInRange(dataset.index, bins, mask) : 0),
    [dataset, bins, mask],
  );
  // Read from every event: only once the line is asked for (at 1,000,000 events, 80 ms of the load).
  const weights = useMemo(
    () => (showKilled && dataset ? killedWeights(dataset.events, mask) : null),
    [showKilled, dataset, mask],
  );
  const killed = useMemo(
    () => (dataset && bins && weights ? binEvents(dataset.index, bins, weights) : null),
    [dataset, bins, weights],
  );

  if (!dataset || !extent || !view || !timeWindow || !bins || !counts) return null;

  const isFull = timeWindow.start === extent.start && timeWindow.end === extent.end;
  const zoom = (factor: number, anchor: Day = (timeWindow.start + timeWindow.end) / 2) => {
    const next = zoomView(view, factor, anchor);
    setTimeView(next.start, next.end);
  };
  const from = formatDay(timeWindow.start);
  const to = formatDay(timeWindow.end);
  const showAsTable = t`Show as table`;

  return (
    <section
      className="timeline"
      aria-labelledby="timeline-heading"
      onPointerDownCapture={pauseOnTouch}
      onKeyDownCapture={pauseOnTouch}
    >
      <h2 id="timeline-heading" className="visually-hidden">
        <Trans comment="Heading of the timeline: from and to are the first and last days of the time window">
          Timeline: {from} to {to}
        </Trans>
      </h2>
      <RangeSlider
        extent={extent}
        view={view}
        timeWindow={timeWindow}
        bins={bins}
        counts={counts}
        killed={killed}
        total={total}
        onChange={setTimeWindow}
        onZoom={zoom}
      />
      <div className="timeline-head">
        <DateFields extent={extent} timeWindow={timeWindow} onChange={setTimeWindow} />
        <ZoomControls
          dataset={dataset}
          extent={extent}
          view={view}
          timeWindow={timeWindow}
          onZoom={(factor) => zoom(factor)}
          onPan={(share) => {
            const next = panView(view, share);
            setTimeView(next.start, next.end);
          }}
          onPeriod={(range) => {
            setTimeWindow(range.start, range.end);
            setTimeView(range.start, range.end);
          }}
        />
      </div>
      <div className="timeline-toolbar">
        <PlaybackControls />
        <div
          className="toolbar-group"
          role="group"
          aria-label={t({
            comment: 'Name of the group of buttons about the timeline chart',
            message: 'Chart',
          })}
        >
          <button
            type="button"
            className="button all-dates"
            onClick={() => {
              setTimeWindow(extent.start, extent.end);
              setTimeView(extent.start, extent.end);
            }}
            disabled={isFull && view.start === extent.start && view.end === extent.end}
          >
            <Trans>Show all dates</Trans>
          </button>
          <label className="toggle killed-toggle">
            <input type="checkbox" checked={showKilled} onChange={(e) => setShowKilled(e.target.checked)} />
            <Trans comment="Checkbox: draws the number of people killed over the timeline chart">
              People killed
            </Trans>
          </label>
          <button
            type="button"
            className="button table-toggle"
            aria-expanded={showTable}
            aria-controls="histogram-table"
            onClick={() => setShowTable(!showTable)}
            title={showAsTable}
          >
            <span className="table-toggle-text">{showAsTable}</span>
          </button>
        </div>
      </div>
      <div id="histogram-table" hidden={!showTable}>
        {showTable && <HistogramTable bins={bins} counts={counts} killed={killed} />}
      </div>
      <RangeHint />
      <WindowAnnouncer />
    </section>
  );
}
