/**
 * Which country a point is in, and which countries are near it, from the
 * country outlines the map draws (Natural Earth 1:50m via world-atlas). Built
 * once per file read, in the worker; a file of 200,000 rows asks it 200,000
 * times, so the borders are indexed (flatbush over their segments) and each
 * small cell of the globe is worked out once.
 */
import { t } from '@lingui/core/macro';
import Flatbush from 'flatbush';
import type { FeatureCollection, Position } from 'geojson';
import polylabel from 'polylabel';
import { unwrapRing } from './unwrap-rings';

/**
 * How far outside its country's outline a point may be and still count as in
 * it: 25 km is the territorial sea (12 nautical miles, 22 km, where events at
 * a port or off a coast are still in the country) and the few kilometres by
 * which the 1:50m outlines miss small islands, spits and river borders.
 */
export const BORDER_TOLERANCE_KM = 25;

/** Where a point is. */
export interface PointPlace {
  /** The ISO 3166-1 alpha-2 code of the country whose outline holds it; null at sea (or in a place without a code). */
  readonly inside: string | null;
  /** Every country whose outline is within the tolerance of it, the one it is in included. */
  readonly near: readonly string[];
  /**
   * The outline holding the point when it has no country code (Natural Earth's Somaliland, N. Cyprus,
   * Kosovo, Siachen Glacier): which country such a point is in cannot be said, so it is not checked.
   */
  readonly uncoded?: string;
}

export interface CountryShapes {
  readonly toleranceKm: number;
  /** Whether the outlines have this country. */
  has(code: string): boolean;
  locate(lon: number, lat: number): PointPlace;
  /** Kilometres from the point to the country's outline (0 inside), or Infinity beyond `withinKm`. */
  distanceTo(lon: number, lat: number, code: string, withinKm: number): number;
  /** A point well inside the country: the pole of inaccessibility of its largest polygon. */
  interior(code: string): [number, number] | null;
}

/** Cells of the globe worked out once each: a quarter degree, about 28 km. */
const CELL = 0.25;
const KM_PER_DEGREE = 111.2;

interface Cell {
  readonly cx: number;
  readonly cy: number;
  /** Countries (by index) whose outline holds the cell's centre. */
  readonly centre: readonly number[];
  /** Segments within the cell and the tolerance around it, each with the longitude shift to use it at. */
  readonly segments: readonly number[];
  readonly shifts: readonly number[];
  /** The answer for every point of a cell no border comes near. */
  readonly plain: PointPlace | null;
}

/**
 * The outlines indexed for `locate`. `codeOf` gives the alpha-2 code of a
 * feature's id (ISO numeric in world-atlas); features without one are left out.
 */
export function countryShapes(
  collection: FeatureCollection,
  codeOf: (id: string) => string | undefined,
  toleranceKm = BORDER_TOLERANCE_KM,
): CountryShapes {
  /** Alpha-2 codes, and "?" and the name for an outline without one. */
  const codes: string[] = [];
  const polygons = new Map<string, Position[][][]>();
  const xs: number[] = [];
  const ys: number[] = [];
  const owner: number[] = [];

  for (const feature of collection.features) {
    const name =
      typeof feature.properties?.name === 'string'
        ? feature.properties.name
        : t({
            comment:
              'Stands for the name of a place on the map that has no name, in a sentence such as "the point is in {place}"',
            message: 'a place',
          });
    const code = (feature.id === undefined ? undefined : codeOf(String(feature.id))) ?? `?${name}`;
    const g = feature.geometry;
    if (!code || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    let index = codes.indexOf(code);
    if (index < 0) index = codes.push(code) - 1;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of parts) {
      const rings = polygon.map((ring) => closedOverPole(unwrapRing(ring)));
      polygons.set(code, [...(polygons.get(code) ?? []), rings]);
      for (const ring of rings) {
        for (const shift of copiesOf(ring)) {
          for (let i = 1; i < ring.length; i++) {
            xs.push(ring[i - 1]![0]! + shift, ring[i]![0]! + shift);
            ys.push(ring[i - 1]![1]!, ring[i]![1]!);
            owner.push(index);
          }
        }
      }
    }
  }

  const count = owner.length;
  const index = new Flatbush(Math.max(count, 1));
  for (let s = 0; s < count; s++) {
    const [x1, x2, y1, y2] = [xs[2 * s]!, xs[2 * s + 1]!, ys[2 * s]!, ys[2 * s + 1]!];
    index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  if (count === 0) index.add(0, 0, 0, 0);
  index.finish();

  const cells = new Map<number, Cell>();
  const answers = new Map<number, PointPlace>();
  const interiors = new Map<string, [number, number] | null>();
  const marginLat = toleranceKm / KM_PER_DEGREE;

  /** The countries whose outlines hold a point, by ray casting to the east over the whole index. */
  function holding(x: number, y: number): number[] {
    const odd = new Set<number>();
    for (const s of index.search(x, y, Infinity, y)) {
      const [x1, x2, y1, y2] = [xs[2 * s]!, xs[2 * s + 1]!, ys[2 * s]!, ys[2 * s + 1]!];
      if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) {
        const c = owner[s]!;
        if (odd.has(c)) odd.delete(c);
        else odd.add(c);
      }
    }
    return [...odd];
  }

  function cellAt(lon: number, lat: number): Cell {
    const row = Math.floor(lat / CELL);
    const col = Math.floor(lon / CELL);
    const key = row * 4000 + col;
    const known = cells.get(key);
    if (known) return known;
    const [west, south] = [col * CELL, row * CELL];
    const widest = Math.max(Math.abs(south), Math.abs(south + CELL));
    const marginLon = Math.min(180, marginLat / Math.max(Math.cos((widest * Math.PI) / 180), 0.01));
    const box = [
      west - marginLon,
      south - marginLat,
      west + CELL + marginLon,
      south + CELL + marginLat,
    ] as const;
    const segments: number[] = [];
    const shifts: number[] = [];
    // Outlines just across the antimeridian are near too: look for them a turn of the globe away.
    for (const shift of [0, 360, -360]) {
      if ((shift === 360 && box[0] > -180) || (shift === -360 && box[2] < 180)) continue;
      for (const s of index.search(box[0] - shift, box[1], box[2] - shift, box[3])) {
        segments.push(s);
        shifts.push(shift);
      }
    }
    const cx = west + CELL / 2;
    const cy = south + CELL / 2;
    const centre = holding(cx, cy);
    const plain = segments.length === 0 ? placeOf(centre[0], new Set()) : null;
    const cell = { cx, cy, centre, segments, shifts, plain };
    cells.set(key, cell);
    return cell;
  }

  function placeOf(inside: number | undefined, near: Set<number>): PointPlace {
    if (inside !== undefined) near.add(inside);
    const coded = [...near].map((c) => codes[c]!).filter((code) => !code.startsWith('?'));
    const code = inside === undefined ? null : codes[inside]!;
    if (code?.startsWith('?')) return { inside: null, near: coded, uncoded: code.slice(1) };
    return { inside: code, near: coded };
  }

  function locate(lon: number, lat: number): PointPlace {
    const cell = cellAt(lon, lat);
    if (cell.plain) return cell.plain;
    // Files repeat places: a point is answered once (to the metre, well within the tolerance).
    const key = Math.round((lon + 540) * 1e5) * 2e7 + Math.round((lat + 90) * 1e5);
    const known = answers.get(key);
    if (known) return known;
    // Inside a country's outline if its centre is, and the way from the centre to the point crosses its border an even number of times.
    const odd = new Set(cell.centre);
    const kx = KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    const [tolLon, tolLat] = [toleranceKm / kx, marginLat];
    const [pathW, pathE] = [Math.min(cell.cx, lon), Math.max(cell.cx, lon)];
    const [pathS, pathN] = [Math.min(cell.cy, lat), Math.max(cell.cy, lat)];
    const near = new Set<number>();
    for (let k = 0; k < cell.segments.length; k++) {
      const s = cell.segments[k]!;
      const shift = cell.shifts[k]!;
      const [x1, x2, y1, y2] = [xs[2 * s]! + shift, xs[2 * s + 1]! + shift, ys[2 * s]!, ys[2 * s + 1]!];
      // Boxes first: most of a cell's segments are neither crossed nor near.
      const [w, e, south, north] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
      const c = owner[s]!;
      if (shift === 0 && e >= pathW && w <= pathE && north >= pathS && south <= pathN) {
        if (crosses(cell.cx, cell.cy, lon, lat, x1, y1, x2, y2)) {
          if (odd.has(c)) odd.delete(c);
          else odd.add(c);
        }
      }
      if (near.has(c) || e < lon - tolLon || w > lon + tolLon || north < lat - tolLat || south > lat + tolLat)
        continue;
      if (segmentKm(lon, lat, x1, y1, x2, y2, kx) <= toleranceKm) near.add(c);
    }
    const answer = placeOf([...odd][0], near);
    if (answers.size < 100_000) answers.set(key, answer);
    return answer;
  }

  function distanceTo(lon: number, lat: number, code: string, withinKm: number): number {
    const c = codes.indexOf(code);
    if (c < 0) return Infinity;
    if (locate(lon, lat).inside === code) return 0;
    const kx = KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    // The nearest segments in degrees are among the nearest in kilometres: take a few and measure them.
    const reach = withinKm / Math.min(kx, KM_PER_DEGREE);
    let best = Infinity;
    for (const shift of [0, 360, -360]) {
      if ((shift === 360 && lon - reach > -180) || (shift === -360 && lon + reach < 180)) continue;
      for (const s of index.neighbors(lon - shift, lat, 16, reach, (i) => owner[i] === c)) {
        const [x1, x2, y1, y2] = [xs[2 * s]! + shift, xs[2 * s + 1]! + shift, ys[2 * s]!, ys[2 * s + 1]!];
        best = Math.min(best, segmentKm(lon, lat, x1, y1, x2, y2, kx));
      }
    }
    return best <= withinKm ? best : Infinity;
  }

  function interior(code: string): [number, number] | null {
    const known = interiors.get(code);
    if (known !== undefined) return known;
    const parts = polygons.get(code);
    let point: [number, number] | null = null;
    if (parts) {
      const largest = parts.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
      const [x, y] = polylabel(largest as Array<Array<[number, number]>>, 0.01);
      point = [x > 180 ? x - 360 : x < -180 ? x + 360 : x, y];
    }
    interiors.set(code, point);
    return point;
  }

  return {
    toleranceKm,
    has: (code) => !code.startsWith('?') && codes.includes(code),
    locate,
    distanceTo,
    interior,
  };
}

/**
 * A ring around a pole (Antarctica's) unwrapped ends a turn of the globe from
 * where it starts: it is closed along the pole, so the point-in-ring test holds.
 */
function closedOverPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(last[0]! - first[0]!) < 180) return ring;
  const pole = ring.reduce((sum, p) => sum + p[1]!, 0) < 0 ? -90 : 90;
  return [...ring, [last[0]!, pole], [first[0]!, pole], first];
}

/** The shifts at which a ring is indexed: once, and again a turn away where it runs past ±180. */
function copiesOf(ring: readonly Position[]): number[] {
  let west = Infinity;
  let east = -Infinity;
  for (const p of ring) {
    west = Math.min(west, p[0]!);
    east = Math.max(east, p[0]!);
  }
  return [0, ...(east > 180 ? [-360] : []), ...(west < -180 ? [360] : [])];
}

/** Whether segment a-b (the way from a cell's centre to a point) crosses segment c-d. */
function crosses(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = side(cx, cy, dx, dy, ax, ay);
  const d2 = side(cx, cy, dx, dy, bx, by);
  const d3 = side(ax, ay, bx, by, cx, cy);
  const d4 = side(ax, ay, bx, by, dx, dy);
  // A way exactly through a vertex, which real coordinates all but never take, is not counted.
  return d1 > 0 !== d2 > 0 && d1 !== 0 && d2 !== 0 && d3 > 0 !== d4 > 0 && d3 !== 0 && d4 !== 0;
}

/** Kilometres from a point to a segment, on a plane fitted to the point's latitude (exact enough within tens of km). */
function segmentKm(
  px: number,
  py: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  kx: number,
): number {
  const ax = (x1 - px) * kx;
  const ay = (y1 - py) * KM_PER_DEGREE;
  const bx = (x2 - px) * kx;
  const by = (y2 - py) * KM_PER_DEGREE;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum / 2);
}
