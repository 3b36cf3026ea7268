import type { ViewState } from '../../lib/url-state';
import type { AppState, AppStore } from '../../store/app-store';
import { selectEngine } from '../../store/selectors';

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

/** Writes any change still waiting, so a copied link is exactly the view on screen. */
export function currentLink(store: AppStore, win: Window = window): string {
  const state = store.getState();
  const engine = selectEngine(state);
  const query = engine
    ? engine.encodeView(viewOf(state), new URLSearchParams(win.location.search)).toString()
    : win.location.search.slice(1);
  return `${win.location.origin}${win.location.pathname}${query ? `?${query}` : ''}`;
}
