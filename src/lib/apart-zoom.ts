/**
 * The zoom at which a marker stands apart from its nearest neighbour by at
 * least `gap` pixels: where clustering with that radius (twice over, as
 * clusters merge by their centres) no longer takes it in. Places are in
 * pixels at zoom 0 (see mercator.ts). Null when a neighbour shares its spot:
 * no zoom parts them.
 */
export function apartZoom(
  x: number,
  y: number,
  others: Iterable<readonly [number, number]>,
  gap: number,
): number | null {
  let nearest = Infinity;
  for (const [ox, oy] of others) nearest = Math.min(nearest, Math.hypot(ox - x, oy - y));
  if (nearest === Infinity) return 0;
  if (nearest === 0) return null;
  return Math.max(0, Math.ceil(Math.log2(gap / nearest)));
}
