import type { MapEvent } from '../../lib/dataset';
import { isPlacePrecise } from '../../lib/categories';
import { orderByKey } from '../../lib/counting-sort';
import { CATEGORIES } from '../../lib/vocabulary';
import { categoryColor, makeRadiusScale } from '../../lib/marker-scales';

export const COLORS = CATEGORIES.map((c) => categoryColor(c));

/** Per-event drawing attributes in typed arrays, computed once per dataset. */
export interface MarkerStyles {
  readonly radius: Float32Array;
  readonly color: Uint8Array;
  /** Date known only to the month or year, or a span: drawn hollow. */
  readonly hollow: Uint8Array;
  /** Place known only to the district or coarser, or located by its name: drawn with a dashed ring. */
  readonly dashed: Uint8Array;
  /** Positions sorted largest first, so small markers are drawn on top and stay clickable. */
  readonly drawOrder: Int32Array;
}

/** How many distinct looks there are: colour x (filled or hollow) x (solid or dashed ring). */
export const STYLE_GROUPS = COLORS.length * 4;

/** Colour, fill and outline in one number: markers of a group look alike at a given size. */
export function styleGroup(styles: MarkerStyles, i: number): number {
  return styles.color[i]! * 4 + styles.hollow[i]! * 2 + styles.dashed[i]!;
}

/**
 * The most people killed in one event. Aggregate figures (a tally over months
 * and a whole country) are left out, so they do not shrink every single event;
 * they are drawn at the largest size.
 */
export function maxSingleEventKilled(events: readonly MapEvent[]): number {
  let max = 0;
  for (const e of events) {
    if (e.props.category !== 'aggregate') max = Math.max(max, e.props.casualties?.killed?.value ?? 0);
  }
  return max;
}

/** The markers' radius by people killed, for a dataset's events, as the map draws them. */
export function radiusScaleFor(events: readonly MapEvent[]): (killed: number) => number {
  return makeRadiusScale(maxSingleEventKilled(events));
}

export function computeMarkerStyles(events: readonly MapEvent[]): MarkerStyles {
  const n = events.length;
  const radiusOf = radiusScaleFor(events);
  const radius = new Float32Array(n);
  const color = new Uint8Array(n);
  const hollow = new Uint8Array(n);
  const dashed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = events[i]!.props;
    radius[i] = radiusOf(p.casualties?.killed?.value ?? 0);
    color[i] = CATEGORIES.indexOf(p.category);
    hollow[i] = p.date.precision === 'day' ? 0 : 1;
    // A town found by name in the gazetteer is where the event may be, not where the sources put it.
    dashed[i] = isPlacePrecise(p.place.precision) && !p.place.gazetteer ? 0 : 1;
  }
  return { radius, color, hollow, dashed, drawOrder: largestFirst(radius) };
}

/**
 * Positions by radius, largest first (to a hundredth of a pixel), equal radii
 * in position order. Radii take few values: a counting sort is linear.
 */
function largestFirst(radius: Float32Array): Int32Array {
  const n = radius.length;
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i++) keys[i] = -Math.round(radius[i]! * 100);
  return orderByKey(keys);
}
