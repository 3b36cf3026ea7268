import type L from 'leaflet';

/**
 * Leaflet's documented `reset` option, which its type definitions leave out: the view is set with
 * its centre exactly where asked. Without it, a move within the map's box at the same zoom is a pan
 * by whole pixels, so the centre lands up to a pixel off: a step's exact view would not be its own.
 */
export const EXACTLY: L.ZoomPanOptions & { reset: boolean } = { reset: true };

/** Maps in the middle of a move that is the page's, not the reader's. */
const ownMoves = new WeakSet<L.Map>();

/**
 * Runs a move of the page's own (framing the events, showing a link's view,
 * keeping the centre as the map's box changes size, fitting the printed page)
 * without recording it as the reader's: the view in the address stays the
 * one asked for, not a rounding of it.
 */
export function moveQuietly(map: L.Map, move: () => void): void {
  ownMoves.add(map);
  try {
    move();
  } finally {
    ownMoves.delete(map);
  }
}

/** Whether the map is being moved by the page, not the reader. */
export function movingQuietly(map: L.Map): boolean {
  return ownMoves.has(map) || flights.has(map);
}

/** Maps flying to a view of the page's own, each with a token for the flight under way. */
const flights = new WeakMap<L.Map, object>();

/** What the reader does on the map that takes it over from a flight: press, drag, turn the wheel, use a key. */
const READER_INPUT = ['pointerdown', 'touchstart', 'wheel', 'keydown'] as const;

/**
 * Flies the map to a view of the page's own (a lesson's step) without recording the flight as the
 * reader's: it stays the page's until it lands, or until the reader takes the map over (a drag stops
 * a flight with no `zoomend`, and a wheel's zoom would land inside it), from which moment the moves
 * are the reader's. Leaflet ends a flight, and only a flight or a zoom, with `zoomend` before its
 * `moveend`; a change of the map's size on the way fires a `moveend` of its own.
 */
export function flyQuietly(map: L.Map, center: L.LatLngExpression, zoom: number, seconds: number): void {
  const flight = {};
  flights.set(map, flight);
  const container = map.getContainer();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    // A later flight has its own token: this one's end leaves it alone.
    if (flights.get(map) === flight) flights.delete(map);
    for (const type of READER_INPUT) container.removeEventListener(type, end, true);
  };
  for (const type of READER_INPUT) container.addEventListener(type, end, { capture: true });
  map.once('zoomend', () => {
    if (!ended) map.once('moveend', end);
  });
  map.flyTo(center, zoom, { duration: seconds });
}

/** Whether the map is on a flight of the page's own. */
export function flyingQuietly(map: L.Map): boolean {
  return flights.has(map);
}
