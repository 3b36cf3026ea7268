import L from 'leaflet';
import { clearPadding, shiftIntoClear, type Padding } from '../../lib/clear-padding';
import type { Dataset, MapEvent } from '../../lib/dataset';
import { denseBox, inBox, type Box } from '../../lib/dense-view';
import { namesTogether, placeGroups, type PlaceGroup } from '../../lib/place-groups';
import { appStore, type AppState } from '../../store/app-store';
import { selectSelectedEvent, selectVisibleEvents } from '../../store/selectors';
import { STEP_MOVE_MS } from '../../lib/window-tween';
import { EXACTLY, flyingQuietly, flyQuietly, moveQuietly } from './quiet-moves';
import { radiusScaleFor } from './marker-style';
import { overMapRects } from './overlay-class';

/** The events a first view frames: those the window and filters show, or, with none shown, all of them. */
export function shownEvents(state: AppState): readonly MapEvent[] {
  const shown = selectVisibleEvents(state);
  return shown.length > 0 ? shown : (state.dataset?.events ?? []);
}

/** A first view holds at least this share of the events; the rest are named in chips. */
const DENSE_SHARE = 0.6;
/**
 * Deeper than this a first view shows too little around its events to place
 * them: at 5 a single spot still has borders, a country's name or a capital
 * in view (Moscow with Belarus and Ukraine; Mastung with Quetta and Kandahar).
 */
const MAX_FIT_ZOOM = 5;
/** Room kept under the notices for the row of chips, when there will be one. */
const CHIP_ROW = 44;

/** What the chips over the map offer: the events framed first, and the groups outside that view. */
export interface Away {
  readonly map: L.Map;
  readonly home: PlaceGroup;
  readonly groups: readonly PlaceGroup[];
}

let away: Away | null = null;
const listeners = new Set<() => void>();

function setAway(next: Away | null) {
  away = next;
  for (const listener of listeners) listener();
}

export function subscribeAway(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAway(): Away | null {
  return away;
}

/** The padding a view needs to stay clear of what is over the map, with room for the chips if asked. */
export function viewPadding(map: L.Map, withChips = false): Padding {
  const size = map.getSize();
  const rects = overMapRects(map.getContainer());
  // Chips already drawn are among the rects: their row is not reserved twice.
  const drawn = map.getContainer().parentElement?.querySelector('.away-chips:not([hidden])');
  if (withChips && !drawn) {
    // The chips go under the notices at the top: reserve their row before they are drawn.
    const notices = rects.filter((r) => r.top < size.y / 3 && r.bottom > r.top);
    const below = Math.max(10, ...notices.filter((r) => r.right - r.left > 60).map((r) => r.bottom));
    rects.push({ left: 56, top: below, right: size.x - 10, bottom: below + CHIP_ROW });
  }
  return clearPadding(size.x, size.y, rects);
}

function fitBox(map: L.Map, box: Box, pad: Padding, animate: boolean) {
  const bounds = L.latLngBounds([box.south, box.west], [box.north, box.east]);
  const options = {
    paddingTopLeft: [pad.left, pad.top] as L.PointTuple,
    paddingBottomRight: [pad.right, pad.bottom] as L.PointTuple,
    maxZoom: MAX_FIT_ZOOM,
  };
  if (animate) map.flyToBounds(bounds, options);
  else map.fitBounds(bounds, { ...options, animate: false });
}

/** The part of the map a padded view shows, as a box. */
function shownBox(map: L.Map, pad: Padding): Box {
  const size = map.getSize();
  const nw = map.containerPointToLatLng([pad.left, pad.top]);
  const se = map.containerPointToLatLng([size.x - pad.right, size.y - pad.bottom]);
  return { north: nw.lat, south: se.lat, west: nw.lng, east: se.lng };
}

/**
 * Frames where most events are, clear of what is over the map, and names
 * the events left outside that view as chips. A link's own view skips this.
 */
export function frameEvents(map: L.Map, events: readonly MapEvent[]): void {
  setAway(null);
  if (events.length === 0) return;
  const size = map.getSize();
  let pad = viewPadding(map);
  const aspect = (size.x - pad.left - pad.right) / Math.max(1, size.y - pad.top - pad.bottom);
  const box = denseBox(events, DENSE_SHARE, Math.max(0.25, Math.min(4, aspect)))!;
  const spread = !events.every((e) => inBox(box, e));
  if (spread) pad = viewPadding(map, true);
  fitBox(map, box, pad, false);
  // Framed, not placed by the reader: a link leaves the map to frame the events.
  appStore.getState().setMapView(null);
  if (!spread) return;
  const shown = shownBox(map, pad);
  const inside = events.filter((e) => inBox(shown, e));
  const outside = events.filter((e) => !inBox(shown, e));
  if (outside.length === 0) return;
  const home = homeGroup(inside, box);
  setAway({ map, home, groups: placeGroups(outside) });
}

/** The events in the first view, as one chip: named by its two largest groups. */
function homeGroup(inside: readonly MapEvent[], box: Box): PlaceGroup {
  const parts = placeGroups(inside);
  return { ...namesTogether(parts), count: inside.length, box, parts: parts.flatMap((g) => g.parts) };
}

/** Flies to a group's events, clear of the overlays. */
export function showGroup(map: L.Map, group: PlaceGroup): void {
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  fitBox(map, group.box, viewPadding(map), !still);
}

type AskedView = NonNullable<AppState['mapView']>;

const radiusScales = new WeakMap<readonly MapEvent[], (killed: number) => number>();

/** The radius the map draws one of a dataset's events at (the scale made once per dataset). */
function markerRadius(events: readonly MapEvent[], event: MapEvent): number {
  let scale = radiusScales.get(events);
  if (!scale) {
    scale = radiusScaleFor(events);
    radiusScales.set(events, scale);
  }
  return scale(event.props.casualties?.killed?.value ?? 0);
}

/**
 * The centre of a view asked for (a lesson's step, a link), moved at its zoom
 * just enough that the selected event, in the view but under what is over the
 * map or touching it (on a short embed, the content note can cover half of
 * it), stands clear of it, ring and all; null where it need not move. The view
 * in the store, and so the address, stay as asked.
 */
function clearCentre(map: L.Map, view: AskedView): L.LatLng | null {
  const state = appStore.getState();
  const event = selectSelectedEvent(state);
  if (!event || !state.dataset) return null;
  // The whole marker, and the ring that marks it selected, comes out.
  const radius = markerRadius(state.dataset.events, event);
  const size = map.getSize();
  const at = map.project([view.lat, view.lng], view.zoom);
  const point = map.project([event.lat, event.lon], view.zoom).subtract(at).add(size.divideBy(2));
  const [dx, dy] = shiftIntoClear(
    point.x,
    point.y,
    size.x,
    size.y,
    overMapRects(map.getContainer()),
    radius + 8,
  );
  return dx === 0 && dy === 0 ? null : map.unproject(at.add([dx, dy]), view.zoom);
}

/** The view last asked for (a step, a link) and the map showing it, until the reader moves the map. */
let asked: { readonly map: L.Map; readonly view: AskedView; shifted: boolean } | null = null;

/**
 * After the map's box or the notices over it change (TrackMapSize): a first
 * view nobody has moved is framed again, so it still holds what it framed,
 * clear of the overlays; a view asked for keeps its selected event clear.
 * `dataset`: the events there were when the change was seen.
 */
export function reframe(map: L.Map, dataset: Dataset): void {
  const now = appStore.getState();
  if (now.mapRequest !== null || now.dataset !== dataset) return;
  if (now.mapView === null) moveQuietly(map, () => frameEvents(map, shownEvents(now)));
  else keepAskedClear(map);
}

/**
 * Shows a view asked for again, where the reader has not moved the map since,
 * with its selected event clear of what is over the map now: what is over it
 * changes after the view is shown (a notice laid out or hidden, a step's text
 * folded, the map's box fitted); and a step's flight may land after they did.
 */
function keepAskedClear(map: L.Map): void {
  if (!asked || asked.map !== map || flyingQuietly(map)) return;
  const { view } = asked;
  const state = appStore.getState();
  if (state.mapView !== view || state.mapRequest !== null || map.getZoom() !== view.zoom) {
    asked = null;
    return;
  }
  const moved = clearCentre(map, view);
  // A view never moved, whose event is still clear, is left exactly as it is.
  if (!moved && !asked.shifted) return;
  asked.shifted = moved !== null;
  const centre = moved ?? L.latLng(view.lat, view.lng);
  if (map.latLngToContainerPoint(centre).distanceTo(map.getSize().divideBy(2)) < 0.5) return;
  moveQuietly(map, () => map.setView(centre, view.zoom, EXACTLY));
}

/**
 * Shows the view a link or Back asks for, or, asked for none, frames the
 * events. After the frame that draws the overlays, as framing measures them;
 * the move is the page's, not recorded as the reader's. A lesson's step is
 * flown to, unless the reader asks for less motion.
 */
export function showRequest(map: L.Map, request: NonNullable<AppState['mapRequest']>): void {
  requestAnimationFrame(() => {
    const state = appStore.getState();
    // A newer request, or a map taken off the page meanwhile, leaves this one undone.
    if (state.mapRequest !== request || !map.getContainer().isConnected) return;
    const { view } = request;
    const moved = view && clearCentre(map, view);
    const centre = moved ?? (view && L.latLng(view.lat, view.lng));
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    asked = view && state.mapView === view ? { map, view, shifted: moved !== null } : null;
    if (view && centre && request.fly && !still) {
      setAway(null);
      flyQuietly(map, centre, view.zoom, STEP_MOVE_MS / 1000);
      // What is over the map may have changed on the way.
      map.once('zoomend', () => map.once('moveend', () => keepAskedClear(map)));
      state.mapRequestDone();
      return;
    }
    moveQuietly(map, () => {
      if (view && centre) {
        map.setView(centre, view.zoom, EXACTLY);
        // A link's own view is the reader's: no chips around it.
        setAway(null);
      } else frameEvents(map, shownEvents(state));
    });
    state.mapRequestDone();
  });
}
