import type { Dataset, MapEvent } from '../lib/dataset';
import { isFiltering, type Filters } from '../lib/filter-state';
import type { Facets, FilterIndex } from '../lib/filters';
import { everyPosition, isCertainlyInside, queryWindow } from '../lib/time-index';
import type { Engine } from '../lib/engine';
import type { AppState } from './app-store';
import { loadedEngine } from './engine';
import { memoLast } from '../lib/memo';

const EMPTY = new Int32Array(0);

// Each selector keeps its last result, keyed on the identity of what it was computed from, so every
// reader of the store shares one computation per change. The caches are per page, not per store: two
// stores read in turn each get their own answer (only computed again), never the other's.

const timePositions = memoLast((index: Dataset['index'], start: number, end: number) =>
  queryWindow(index, start, end),
);

/**
 * Positions (into `dataset.events`) of the events in the time window, before
 * any other filter, in date order.
 */
export function selectTimePositions(state: AppState): Int32Array {
  const { dataset, timeWindow } = state;
  if (!dataset || !timeWindow) return EMPTY;
  return timePositions(dataset.index, timeWindow.start, timeWindow.end);
}

/** The filter and link engine, once this store has it (see store/engine.ts). */
export function selectEngine(state: AppState): Engine | null {
  return state.engineReady ? loadedEngine() : null;
}

const filterIndexOf = memoLast((engine: Engine, dataset: Dataset) => engine.buildFilterIndex(dataset.events));

/** The dataset's filter index (categories, actors, countries, search text), built once per dataset. */
export function selectFilterIndex(state: AppState): FilterIndex | null {
  const engine = selectEngine(state);
  return state.dataset && engine ? filterIndexOf(engine, state.dataset) : null;
}

const filteredPositions = memoLast(
  (engine: Engine, index: FilterIndex, positions: Int32Array, filters: Filters) =>
    engine.filterPositions(index, positions, filters),
);

/**
 * The events shown: in the time window and passing the filters and the
 * search, in date order. The map, the list, the count and the clusters all
 * read this one result.
 */
export function selectVisiblePositions(state: AppState): Int32Array {
  const inWindow = selectTimePositions(state);
  // The filter index is built when a filter or the search first needs it, not on the way to the first
  // markers (at 1,000,000 events, 110 ms of the load).
  if (!isFiltering(state.filters)) return inWindow;
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine) return inWindow;
  return filteredPositions(engine, index, inWindow, state.filters);
}

const passingPositions = memoLast((engine: Engine, index: FilterIndex, all: Int32Array, filters: Filters) =>
  engine.filterPositions(index, all, filters),
);

/**
 * Every event, whatever its dates, that the filters and search let through,
 * by position in date order; null when nothing filters. The histogram and
 * playback read it.
 */
export function selectPassingPositions(state: AppState): Int32Array | null {
  if (!state.dataset || !isFiltering(state.filters)) return null;
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine) return null;
  return passingPositions(engine, index, everyPosition(state.dataset.index), state.filters);
}

const eventsAt = memoLast((all: readonly MapEvent[], positions: Int32Array) =>
  Array.from(positions, (p) => all[p]!),
);
const NO_EVENTS: readonly MapEvent[] = [];

/** The events shown (see selectVisiblePositions), as events. */
export function selectVisibleEvents(state: AppState): readonly MapEvent[] {
  const all = state.dataset?.events;
  return all ? eventsAt(all, selectVisiblePositions(state)) : NO_EVENTS;
}

const facetsOf = memoLast((engine: Engine, index: FilterIndex, positions: Int32Array, filters: Filters) =>
  engine.facetCounts(index, positions, filters),
);

/** How many events in the time window each filter option would give. */
export function selectFacets(state: AppState): Facets | null {
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine) return null;
  return facetsOf(engine, index, selectTimePositions(state), state.filters);
}

const possibleCount = memoLast(
  (index: Dataset['index'], positions: Int32Array, start: number, end: number) => {
    let count = 0;
    for (const p of positions) if (!isCertainlyInside(index, p, start, end)) count++;
    return count;
  },
);

/**
 * How many events in the window only may fall in it: their date range (a
 * month, a year, a span) runs beyond the window.
 */
export function selectPossibleCount(state: AppState): number {
  const { dataset, timeWindow } = state;
  if (!dataset || !timeWindow) return 0;
  return possibleCount(dataset.index, selectVisiblePositions(state), timeWindow.start, timeWindow.end);
}

/** The selected event, or null. */
export function selectSelectedEvent(state: AppState): MapEvent | null {
  const { dataset, selectedId } = state;
  if (!dataset || selectedId === null) return null;
  const position = dataset.byId.get(selectedId);
  return position === undefined ? null : (dataset.events[position] ?? null);
}

/** How many events the dataset holds in all. */
export function selectTotalCount(state: AppState): number {
  return state.dataset?.events.length ?? 0;
}
