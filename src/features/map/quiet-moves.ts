import type L from 'leaflet';

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

/** Maps flying to a view of the page's own. */
const flights = new WeakSet<L.Map>();

/**
 * Flies the map to a view of the page's own (a lesson's step) without recording the flight as the
 * reader's: it stays the page's until it lands (or is stopped, as a drag stops it). Leaflet ends a
 * flight, and only a flight or a zoom, with `zoomend` before its `moveend`; a change of the map's
 * size on the way fires a `moveend` of its own.
 */
export function flyQuietly(map: L.Map, center: L.LatLngExpression, zoom: number, seconds: number): void {
  flights.add(map);
  map.once('zoomend', () => map.once('moveend', () => flights.delete(map)));
  map.flyTo(center, zoom, { duration: seconds });
}

/** Whether the map is on a flight of the page's own. */
export function flyingQuietly(map: L.Map): boolean {
  return flights.has(map);
}
