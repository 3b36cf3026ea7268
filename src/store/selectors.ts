import type { Dataset, MapEvent } from '../lib/dataset';
import { isFiltering, type Filters } from '../lib/filter-state';
import type { Facets, FilterIndex } from '../lib/filters';
import { isCertainlyInside, queryWindow } from '../lib/time-index';
import type { Engine } from '../lib/engine';
import type { AppState } from './app-store';
import { loadedEngine } from './engine';

const EMPTY = new Int32Array(0);

let lastIndex: Dataset['index'] | null = null;
let lastStart = NaN;
let lastEnd = NaN;
let lastResult: Int32Array = EMPTY;

/**
 * Positions (into `dataset.events`) of the events in the time window, before
 * any other filter, in date order. Memoized on the index and the window, so
 * every reader of the store shares one query per change.
 */
export function selectTimePositions(state: AppState): Int32Array {
  const { dataset, timeWindow } = state;
  if (!dataset || !timeWindow) return EMPTY;
  if (dataset.index === lastIndex && timeWindow.start === lastStart && timeWindow.end === lastEnd) {
    return lastResult;
  }
  lastIndex = dataset.index;
  lastStart = timeWindow.start;
  lastEnd = timeWindow.end;
  lastResult = queryWindow(dataset.index, timeWindow.start, timeWindow.end);
  return lastResult;
}

/** The filter and link engine, once this store has it (see store/engine.ts). */
export function selectEngine(state: AppState): Engine | null {
  return state.engineReady ? loadedEngine() : null;
}

let indexFor: Dataset | null = null;
let filterIndex: FilterIndex | null = null;

/** The dataset's filter index (categories, actors, countries, search text), built once per dataset. */
export function selectFilterIndex(state: AppState): FilterIndex | null {
  const { dataset } = state;
  const engine = selectEngine(state);
  if (!dataset || !engine) return null;
  if (dataset !== indexFor) {
    indexFor = dataset;
    filterIndex = engine.buildFilterIndex(dataset.events);
  }
  return filterIndex;
}

let filteredFrom: Int32Array | null = null;
let filteredBy: Filters | null = null;
let filteredIndex: FilterIndex | null = null;
let filtered: Int32Array = EMPTY;

/**
 * The events shown: in the time window and passing the filters and the
 * search, in date order. The map, the list, the count and the clusters all
 * read this one memoized result.
 */
export function selectVisiblePositions(state: AppState): Int32Array {
  const inWindow = selectTimePositions(state);
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine) return inWindow;
  if (inWindow !== filteredFrom || state.filters !== filteredBy || index !== filteredIndex) {
    filteredFrom = inWindow;
    filteredBy = state.filters;
    filteredIndex = index;
    filtered = engine.filterPositions(index, inWindow, state.filters);
  }
  return filtered;
}

let passingIndex: FilterIndex | null = null;
let passingBy: Filters | null = null;
let passing: Int32Array | null = null;

/**
 * Every event, whatever its dates, that the filters and search let through,
 * by position in date order; null when nothing filters. Memoized on the
 * dataset's filter index and the filters: the histogram and playback read it.
 */
export function selectPassingPositions(state: AppState): Int32Array | null {
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine || !state.dataset || !isFiltering(state.filters)) return null;
  if (index !== passingIndex || state.filters !== passingBy) {
    passingIndex = index;
    passingBy = state.filters;
    const n = state.dataset.events.length;
    passing = engine.filterPositions(
      index,
      Int32Array.from({ length: n }, (_, i) => i),
      state.filters,
    );
  }
  return passing;
}

let eventsFor: Int32Array | null = null;
let events: readonly MapEvent[] = [];

/** The events shown (see selectVisiblePositions), as events: memoized with it. */
export function selectVisibleEvents(state: AppState): readonly MapEvent[] {
  const positions = selectVisiblePositions(state);
  const all = state.dataset?.events;
  if (positions !== eventsFor || !all) {
    eventsFor = positions;
    events = all ? Array.from(positions, (p) => all[p]!) : [];
  }
  return events;
}

let facetsFrom: Int32Array | null = null;
let facetsBy: Filters | null = null;
let facets: Facets | null = null;

/** How many events in the time window each filter option would give, memoized on the window and filters. */
export function selectFacets(state: AppState): Facets | null {
  const index = selectFilterIndex(state);
  const engine = selectEngine(state);
  if (!index || !engine) return null;
  const inWindow = selectTimePositions(state);
  if (inWindow !== facetsFrom || state.filters !== facetsBy || !facets) {
    facetsFrom = inWindow;
    facetsBy = state.filters;
    facets = engine.facetCounts(index, inWindow, state.filters);
  }
  return facets;
}

let possibleFor: Int32Array | null = null;
let possibleCount = 0;

/**
 * How many events in the window only may fall in it: their date range (a
 * month, a year, a span) runs beyond the window. Memoized with the visible set.
 */
export function selectPossibleCount(state: AppState): number {
  const positions = selectVisiblePositions(state);
  if (positions === possibleFor) return possibleCount;
  const { dataset, timeWindow } = state;
  let count = 0;
  if (dataset && timeWindow) {
    for (const p of positions) {
      if (!isCertainlyInside(dataset.index, p, timeWindow.start, timeWindow.end)) count++;
    }
  }
  possibleFor = positions;
  possibleCount = count;
  return count;
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
