/**
 * The events a saved view shows (a lesson step's, a link's), worked out without showing it: the
 * same window and filters the store applies (store/view.ts `applyView`), through the same time
 * index and filter engine the map's selectors read (store/selectors.ts).
 */
import type { Dataset, MapEvent } from './dataset';
import type { Engine } from './engine';
import type { FilterIndex } from './filters';
import { queryWindow } from './time-index';
import type { ViewState } from './url-state';

/** The first and last day a view shows: its window, or all the events' dates where it has none or misses them. */
export function viewWindow(dataset: Dataset, view: ViewState): { start: number; end: number } | null {
  const extent = dataset.index.extent;
  if (!extent) return null;
  const w = view.window ?? extent;
  // A window that misses the events altogether falls back to all of them, as applyView does.
  return w.end >= extent.start && w.start <= extent.end ? { start: w.start, end: w.end } : extent;
}

/**
 * The events a view shows, in date order: in its window and passing its filters and search.
 * `engine` and `index` are the app's filter engine and the dataset's filter index (selectEngine,
 * selectFilterIndex).
 */
export function viewEvents(
  dataset: Dataset,
  index: FilterIndex,
  engine: Pick<Engine, 'filterPositions'>,
  view: ViewState,
): MapEvent[] {
  const w = viewWindow(dataset, view);
  if (!w) return [];
  const positions = engine.filterPositions(index, queryWindow(dataset.index, w.start, w.end), {
    categories: view.categories,
    actors: view.actors,
    role: view.role,
    countries: view.countries,
    search: view.search,
  });
  return Array.from(positions, (p) => dataset.events[p]!);
}
