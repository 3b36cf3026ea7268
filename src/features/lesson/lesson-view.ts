import type { DayRange } from '../../lib/playback';
import { encodeView, normalizeView, readView, type MapView, type ViewState } from '../../lib/url-state';

/** A step's view as the map shows it: its window kept inside the events' dates, null when it is all of them. */
export function shownView(query: string, extent: DayRange | null): ViewState {
  const view = readView(query).view;
  const w = view.window;
  if (!w || !extent) return view;
  const start = Math.max(w.start, extent.start);
  const end = Math.min(w.end, extent.end);
  if (start > end || (start === extent.start && end === extent.end)) return { ...view, window: null };
  return { ...view, window: { start, end } };
}

/** Lat, lng and zoom as close as the map can land on them. */
const near = (a: MapView | null, b: MapView | null) =>
  a === null || b === null
    ? a === b
    : Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lng - b.lng) < 0.01 && Math.abs(a.zoom - b.zoom) < 0.05;

/** Whether the reader still sees a step's view: the same window, filters and selection, and the map where it put it. */
export function sameView(a: ViewState, b: ViewState): boolean {
  const text = (v: ViewState) => encodeView({ ...v, map: null }).toString();
  return text(a) === text(b) && near(normalizeView(a).map, normalizeView(b).map);
}

/** The address of a step: the page's own parameters, the lesson's, the step's number and its view. */
export function stepAddress(search: string, step: number, view: ViewState): string {
  const keep = new URLSearchParams(search);
  keep.set('step', String(step));
  return encodeView(view, keep).toString();
}

/** The step an address asks for, counted from 1 and kept within the lesson; 1 when it names none. */
export function stepFromAddress(search: string, count: number): number {
  const n = Number(new URLSearchParams(search).get('step'));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, count) : 1;
}
