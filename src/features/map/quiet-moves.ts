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
  return ownMoves.has(map);
}
