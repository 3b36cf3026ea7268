import type { DayRange } from '../lib/playback';
import type { ViewState } from '../lib/url-state';
import type { AppState, AppStore } from './app-store';

/**
 * A view (what a link carries) read from the store and shown in it: the share feature's links and
 * the lesson feature's steps both go through these.
 */

/** The part of the state a link carries. */
export function viewOf(state: AppState): ViewState {
  const { timeWindow: w, filters } = state;
  const extent = state.dataset?.index.extent;
  const whole = !w || !extent || (w.start === extent.start && w.end === extent.end);
  return {
    window: whole ? null : { start: w.start, end: w.end },
    mode: state.playbackMode,
    categories: filters.categories,
    actors: filters.actors,
    role: filters.role,
    countries: filters.countries,
    search: filters.search,
    selected: state.selectedId,
    map: state.mapView,
  };
}

export const overlaps = (a: DayRange, b: DayRange) => a.end >= b.start && a.start <= b.end;

/** Shows a view: values that do not fit the dataset (see `unusableParts`) fall back. */
export function applyView(store: AppStore, view: ViewState): void {
  const s = store.getState();
  const extent = s.dataset?.index.extent;
  if (!s.dataset || !extent) return;
  const w = view.window ?? extent;
  const inside = overlaps(w, extent);
  s.setTimeWindow(inside ? w.start : extent.start, inside ? w.end : extent.end);
  s.setPlaybackMode(view.mode);
  s.setFilters({
    categories: view.categories,
    actors: view.actors,
    role: view.role,
    countries: view.countries,
    search: view.search,
  });
  const known = view.selected !== null && s.dataset.byId.has(view.selected);
  // The map's view first (the link's own, or none: frame the events), then the selection, which then
  // does not pan a map that is about to be set.
  s.requestMapView(view.map);
  s.selectEvent(known ? view.selected : null, 'link');
}
