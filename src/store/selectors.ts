import type { Dataset, MapEvent } from '../lib/dataset';
import { isCertainlyInside, queryWindow } from '../lib/time-index';
import type { AppState } from './app-store';

const EMPTY = new Int32Array(0);

let lastIndex: Dataset['index'] | null = null;
let lastStart = NaN;
let lastEnd = NaN;
let lastResult: Int32Array = EMPTY;

/**
 * Positions (into `dataset.events`) of the events in the time window, in date
 * order. Memoized on the index and the window, so every reader of the store
 * shares one query per change.
 */
export function selectVisiblePositions(state: AppState): Int32Array {
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
