import { CATEGORIES, type Category } from './vocabulary';

/**
 * Okabe & Ito's palette, chosen to stay distinguishable with the common forms
 * of colour blindness. Each category keeps its colour whatever the data holds.
 */
const PALETTE = ['#D55E00', '#0072B2', '#CC79A7', '#009E73', '#56B4E9', '#E69F00', '#595959', '#000000'];

const COLORS = new Map<Category, string>(CATEGORIES.map((c, i) => [c, PALETTE[i % PALETTE.length]!]));

/** A category's colour: the vocabulary is closed, so this is a fixed table (d3's ordinal scale would say the same). */
export function categoryColor(category: Category): string {
  return COLORS.get(category) ?? PALETTE[PALETTE.length - 1]!;
}

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 22;

/**
 * Marker radius by people killed: area grows with the number (a square-root
 * scale), so 100 dead is not drawn ten times as wide as 10. Figures above the
 * largest are drawn at the largest size.
 *
 * The square root is written out rather than taken from d3's `scaleSqrt`: the
 * markers are drawn at first paint, and d3's continuous scales would bring
 * d3-interpolate, d3-color and d3-format (about 8 kB gzipped) into the first
 * chunk for one line of arithmetic. The test checks it against `scaleSqrt`.
 */
export function makeRadiusScale(maxKilled: number): (killed: number) => number {
  const top = Math.sqrt(Math.max(1, maxKilled));
  return (killed) =>
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.min(1, Math.sqrt(Math.max(0, killed)) / top);
}
