import { lazy, Suspense, useMemo, useState, type SyntheticEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { binEvents, makeBins } from '../../lib/bins';
import type { Engine } from '../../lib/engine';
import { isFiltering, type Filters } from '../../lib/filter-state';
import type { FilterIndex } from '../../lib/filters';
import { formatDay, type Day } from '../../lib/dates';
import { queryWindow } from '../../lib/time-index';
import { panView, zoomView } from '../../lib/time-view';
import { appStore, useAppStore } from '../../store/app-store';
import { selectEngine, selectFilterIndex } from '../../store/selectors';
import { useLazyStart } from '../../hooks/use-lazy-start';
import { DateFields } from './DateFields';
import { loadPlayer, PlaybackControls } from './PlaybackControls';
import { RangeSlider } from './RangeSlider';
import { WindowAnnouncer } from './WindowAnnouncer';
import { ZoomControls } from './ZoomControls';
import './timeline.css';

const HistogramTable = lazy(() => import('./HistogramTable'));

/** 1 for each event (by position) that passes the filters, 0 for the rest: weights for the histogram. */
function filterMask(engine: Engine, index: FilterIndex, n: number, filters: Filters): Float64Array {
  const mask = new Float64Array(n);
  for (const p of engine.filterPositions(
    index,
    Int32Array.from({ length: n }, (_, i) => i),
    filters,
  ))
    mask[p] = 1;
  return mask;
}

/** Playback runs from its own chunk while the timeline is shown. */
const startPlayer = () => loadPlayer().then((player) => player.followPlaying());

/** Any touch on a timeline control other than playback's own stops playback. */
function pauseOnTouch(e: SyntheticEvent) {
  if (e.type === 'keydown' && ['Tab', 'Shift'].includes((e as unknown as KeyboardEvent).key)) return;
  if (e.target instanceof Element && e.target.closest('.playback-controls')) return;
  if (appStore.getState().playing) appStore.getState().setPlaying(false);
}

/**
 * The time window under the map: a histogram of events over time with a
 * two-handle range, a zoomable axis, playback, and exact dates. A lazy chunk
 * (see Timeline), fetched while the events load.
 */
export default function TimelineChart() {
  const { dataset, engine, filterIndex, filters, view, timeWindow, setTimeWindow, setTimeView } = useAppStore(
    useShallow((s) => ({
      dataset: s.dataset,
      engine: selectEngine(s),
      filterIndex: selectFilterIndex(s),
      filters: s.filters,
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
  const passing = useMemo(
    () =>
      dataset && engine && filterIndex && isFiltering(filters)
        ? filterMask(engine, filterIndex, dataset.events.length, filters)
        : null,
    [dataset, engine, filterIndex, filters],
  );
  const counts = useMemo(
    () => (dataset && bins ? binEvents(dataset.index, bins, passing ?? undefined) : null),
    [dataset, bins, passing],
  );
  // Events the histogram's range holds (the filters' ones), for its summary.
  const total = useMemo(() => {
    if (!dataset || !bins) return 0;
    const inRange = queryWindow(dataset.index, bins.starts[0] ?? bins.end, bins.end - 1);
    return passing ? inRange.filter((p) => passing[p] === 1).length : inRange.length;
  }, [dataset, bins, passing]);
  const killedWeights = useMemo(
    () =>
      dataset
        ? Float64Array.from(
            dataset.events,
            (e, i) => (passing ? passing[i]! : 1) * (e.props.casualties?.killed?.value ?? 0),
          )
        : null,
    [dataset, passing],
  );
  const killed = useMemo(
    () =>
      showKilled && dataset && bins && killedWeights ? binEvents(dataset.index, bins, killedWeights) : null,
    [showKilled, dataset, bins, killedWeights],
  );

  if (!dataset || !extent || !view || !timeWindow || !bins || !counts) return null;

  const isFull = timeWindow.start === extent.start && timeWindow.end === extent.end;
  const zoom = (factor: number, anchor: Day = (timeWindow.start + timeWindow.end) / 2) => {
    const next = zoomView(view, factor, anchor);
    setTimeView(next.start, next.end);
  };

  return (
    <section
      className="timeline"
      aria-labelledby="timeline-heading"
      onPointerDownCapture={pauseOnTouch}
      onKeyDownCapture={pauseOnTouch}
    >
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline: {formatDay(timeWindow.start)} to {formatDay(timeWindow.end)}
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
        <div className="toolbar-group" role="group" aria-label="Chart">
          <button
            type="button"
            className="button all-dates"
            onClick={() => {
              setTimeWindow(extent.start, extent.end);
              setTimeView(extent.start, extent.end);
            }}
            disabled={isFull && view.start === extent.start && view.end === extent.end}
          >
            Show all dates
          </button>
          <label className="toggle killed-toggle">
            <input type="checkbox" checked={showKilled} onChange={(e) => setShowKilled(e.target.checked)} />
            People killed
          </label>
          <button
            type="button"
            className="button table-toggle"
            aria-expanded={showTable}
            aria-controls="histogram-table"
            onClick={() => setShowTable(!showTable)}
            title="Show as table"
          >
            <span className="table-toggle-text">Show as table</span>
          </button>
        </div>
      </div>
      <div id="histogram-table" hidden={!showTable}>
        {showTable && (
          <Suspense fallback={null}>
            <HistogramTable bins={bins} counts={counts} />
          </Suspense>
        )}
      </div>
      <p className="range-hint">
        <span className="key-certain" aria-hidden="true" /> certainly in the period{' '}
        <span className="key-possible" aria-hidden="true" /> may fall in it (known only to the month or year,
        or a span). Handles snap to the bars; the wheel zooms. Keys on a handle: arrows a day, Page Up/Down a
        month, Shift for a year, + and − zoom.
      </p>
      <WindowAnnouncer />
    </section>
  );
}
