/**
 * The geometry of a map canvas that is drawn for one view and shown, until it
 * is drawn again, in another: during a zoom animation the map tells where it
 * is going, and the canvas is scaled and shifted there by CSS, as Leaflet's
 * own renderers do, instead of snapping into place once the zoom ends.
 */

/** From zoom-0 world pixels to a canvas's or the map's pixels: x * scale + dx. */
export interface WorldTransform {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

/** A CSS placement: translate by (x, y), then scale about the top-left corner. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Where the world lands in the map's layer pixels once the map shows a view:
 * `centre` is the view's centre projected at its zoom (zoom-0 pixels times
 * `scale`), `size` the map's, `panePos` where the map pane stands. The world
 * origin is minus Leaflet's pixel origin, which it rounds to whole pixels.
 */
export function viewTransform(scale: number, centre: Point, size: Point, panePos: Point): WorldTransform {
  return {
    scale,
    dx: -Math.round(centre.x - size.x / 2 + panePos.x),
    dy: -Math.round(centre.y - size.y / 2 + panePos.y),
  };
}

/**
 * The placement that carries a canvas drawn with `drawn` (world to canvas
 * pixels) onto `target` (world to layer pixels): every world point drawn at
 * canvas pixel c shows at layer pixel (x, y) + scale * c, where the target
 * puts it.
 */
export function carry(drawn: WorldTransform, target: WorldTransform): Placement {
  const scale = target.scale / drawn.scale;
  return { x: target.dx - scale * drawn.dx, y: target.dy - scale * drawn.dy, scale };
}

/**
 * The backing store of a canvas `width` x `height` CSS pixels across at
 * `ratio` device pixels each: whole pixels, so that a ratio like 1.5 gives the
 * same size every frame and the canvas is not reset when nothing changed.
 */
export function backingSize(width: number, height: number, ratio: number): { width: number; height: number } {
  return { width: Math.round(width * ratio), height: Math.round(height * ratio) };
}
