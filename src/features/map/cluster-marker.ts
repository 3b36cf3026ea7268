import { abbreviateCount } from '../../lib/cluster-names';
import { CATEGORIES } from '../../lib/vocabulary';
import type { TextStyler } from './canvas-fonts';
import { mapColors } from './map-colors';
import { COLORS } from './marker-style';

export const CLUSTER_MIN_RADIUS = 14;
/** Clusters merge within 40 pixels: two of the largest side by side barely touch. */
export const CLUSTER_MAX_RADIUS = 21;
/** Width of the ring of category colours. */
const RING = 5;
/** Weight and size of the counts; the faces follow the script of the language's digits (lib/canvas-text). */
const FONT = '700 11px';
const K = CATEGORIES.length;

/**
 * Radius of a cluster: its area grows with its count (a square-root scale)
 * up to the largest cluster shown, or 100 events if that is larger, so pairs
 * stay small; never too small to hold its count.
 */
export function clusterRadius(count: number, largest: number): number {
  const top = Math.max(100, largest);
  const share = Math.min(1, Math.sqrt(Math.max(0, count - 2) / (top - 2)));
  const byCount = CLUSTER_MIN_RADIUS + (CLUSTER_MAX_RADIUS - CLUSTER_MIN_RADIUS) * share;
  return Math.max(byCount, 7 + 3.4 * abbreviateCount(count).length);
}

/** Sets the text style once for a frame of clusters: centred, whichever way the count's language reads. */
export function prepareClusterText(ctx: CanvasRenderingContext2D, styler: TextStyler): void {
  styler.reset();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
}

/**
 * A cluster: a white disc with its count, in a ring split into the colours of
 * its categories in proportion (clockwise from the top, in legend order),
 * outlined like the markers (dark, or light on the dark map) so it stands out
 * from the map and from its neighbours.
 * `categories` holds the counts of all clusters, CATEGORIES.length each.
 * The count is written as the interface's language writes numbers (`abbreviateCount`), its digits
 * too: the cluster's button says the same number (`describeCluster`).
 */
export function drawCluster(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  count: number,
  categories: Int32Array,
  i: number,
  styler: TextStyler,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r + 1, 0, Math.PI * 2);
  ctx.fillStyle = mapColors().markerOutline;
  ctx.fill();
  ctx.lineWidth = RING;
  let angle = -Math.PI / 2;
  for (let k = 0; k < K; k++) {
    const n = categories[i * K + k]!;
    if (n === 0) continue;
    const end = angle + (n / count) * Math.PI * 2;
    ctx.beginPath();
    ctx.arc(x, y, r - RING / 2, angle, end);
    ctx.strokeStyle = COLORS[k]!;
    ctx.stroke();
    angle = end;
  }
  ctx.beginPath();
  ctx.arc(x, y, r - RING, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.fillStyle = '#1b1b1b';
  const text = abbreviateCount(count);
  styler.apply(ctx, FONT, text);
  ctx.fillText(text, x, y + 0.5);
}
