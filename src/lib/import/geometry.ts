/**
 * One point for any GeoJSON geometry, on the geometry itself (a point inside
 * a polygon, halfway along a line), with the precision its size allows and a
 * note saying what was done. Longitudes are taken in the frame that keeps the
 * geometry whole, so a line across the antimeridian is centred near 180, not 0.
 */
import { i18n } from '@lingui/core';
import { plural, select, t } from '@lingui/core/macro';
import polylabel from 'polylabel';
import type { LocationPrecision } from '../vocabulary';

type Position = [number, number];

export interface PointOf {
  /** [lon, lat], or null when the geometry has no usable coordinates. */
  readonly point: Position | null;
  /** How precisely the point places the event: 'as-given' for a point, else from the geometry's size. */
  readonly precision: LocationPrecision;
  readonly note: string | null;
}

/**
 * The place precision a geometry of this size allows, by the greatest
 * distance across it (its bounding box's diagonal): under 1 km a site, under
 * 25 km a city or town, under 100 km a district, under 500 km a province,
 * more a region. An area is never a site: it says where the event was
 * within, not at.
 */
export function precisionForSize(km: number, area: boolean): LocationPrecision {
  if (km < 1 && !area) return 'site';
  if (km < 25) return 'city';
  if (km < 100) return 'district';
  if (km < 500) return 'province';
  return 'region';
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Parts {
  points: Position[];
  lines: Position[][];
  polygons: Position[][][];
  /** Members of a GeometryCollection, or parts of a multi-geometry. */
  count: number;
}

/**
 * The event's point for a feature's geometry. A Point is taken as it is; a
 * polygon gives a point inside it (the pole of inaccessibility, via
 * polylabel; the largest polygon of several); a line the point halfway along
 * it (the longest of several); several points the one nearest their middle.
 * `swap` reads every position as [lat, lon], for a file the reader says is
 * written that way. A missing geometry has no point and needs no note.
 */
export function pointOf(geometry: unknown, swap = false): PointOf {
  const none = (note: string | null): PointOf => ({ point: null, precision: 'as-given', note });
  if (geometry === null || geometry === undefined) return none(null);
  if (!isRecord(geometry) || typeof geometry.type !== 'string') {
    return none(t`geometry is not a GeoJSON geometry; it was ignored`);
  }
  const type = geometry.type;
  const parts: Parts = { points: [], lines: [], polygons: [], count: 0 };
  collect(geometry, parts, swap);
  const all = [...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)];
  if (all.length === 0) return none(t`geometry (${type}) has no usable coordinates`);
  if (type === 'Point') return { point: all[0]!, precision: 'as-given', note: null };
  // A position off the globe is the point, so the record is refused for it (and a file written [lat, lon] is noticed).
  const off = all.find(([lon, lat]) => Math.abs(lat) > 90 || Math.abs(lon) > 180);
  if (off)
    return { point: off, precision: 'as-given', note: t`geometry (${type}) has a position off the globe` };

  const frame = longitudeFrame(all.map((p) => p[0]));
  const shift = (p: Position): Position => [frame(p[0]), p[1]];
  const size = sizeKm(all.map(shift));
  if (size === 0 && parts.polygons.length === 0 && parts.lines.length === 0) {
    return {
      point: all[0]!,
      precision: 'as-given',
      note: t`geometry is a ${type} of one place; its point is used`,
    };
  }
  const area = parts.polygons.length > 0;
  const precision = precisionForSize(size, area);
  const shape: Shape = { type, across: km(size), precision: precisionWord(precision) };

  if (area) {
    const rings = largest(
      parts.polygons.map((polygon) => polygon.map((ring) => ring.map(shift))),
      area2,
    );
    return done(insidePoint(rings, size), precision, areaNote(shape, parts));
  }
  if (parts.lines.length > 0) {
    const line = largest(
      parts.lines.map((l) => l.map(shift)),
      (l) => lengthKm(l),
    );
    return done(halfway(line), precision, lineNote(shape, parts, km(lengthKm(line))));
  }
  return done(nearestToMiddle(parts.points.map(shift)), precision, pointsNote(shape, parts));
}

function done(point: Position, precision: LocationPrecision, note: string): PointOf {
  return { point: [wrap(point[0]), point[1]], precision, note };
}

/** What a note on a geometry made a point says of it: its GeoJSON type, its size, the precision it allows. */
interface Shape {
  readonly type: string;
  /** "12 km": the greatest distance across it. */
  readonly across: string;
  readonly precision: string;
}

/*
 * The notes on a geometry made a point, one message for each kind of geometry:
 * "geometry is a MultiPolygon of 3 polygons, 12 km across; a point inside the
 * largest polygon is used; precision: district". {type} is the GeoJSON type, as the file gives it.
 */

function areaNote({ type, across, precision }: Shape, parts: Parts): string {
  const several = parts.polygons.length > 1 ? 'yes' : 'no';
  if (type === 'GeometryCollection') {
    const geometries = parts.count;
    return t`geometry is a ${type} of ${plural(geometries, { one: '# geometry', other: '# geometries' })}, ${across} across; ${select(several, { yes: 'a point inside the largest polygon is used', other: 'a point inside it is used' })}; precision: ${precision}`;
  }
  if (type === 'MultiPolygon') {
    const polygons = parts.polygons.length;
    return t`geometry is a ${type} of ${plural(polygons, { one: '# polygon', other: '# polygons' })}, ${across} across; ${select(several, { yes: 'a point inside the largest polygon is used', other: 'a point inside it is used' })}; precision: ${precision}`;
  }
  return t`geometry is a ${type} ${across} across; ${select(several, { yes: 'a point inside the largest polygon is used', other: 'a point inside it is used' })}; precision: ${precision}`;
}

function lineNote({ type, across, precision }: Shape, parts: Parts, length: string): string {
  const several = parts.lines.length > 1 ? 'yes' : 'no';
  if (type === 'GeometryCollection') {
    const geometries = parts.count;
    return t`geometry is a ${type} of ${plural(geometries, { one: '# geometry', other: '# geometries' })}, ${across} across; ${select(several, { yes: 'the point halfway along the longest line is used', other: 'the point halfway along it is used' })}; precision: ${precision}`;
  }
  if (type === 'MultiLineString') {
    const lines = parts.lines.length;
    return t`geometry is a ${type} of ${plural(lines, { one: '# line', other: '# lines' })}, ${across} across; ${select(several, { yes: 'the point halfway along the longest line is used', other: 'the point halfway along it is used' })}; precision: ${precision}`;
  }
  if (type === 'LineString' && parts.lines.length === 1) {
    return t`geometry is a ${type} ${length} long, ${across} across; the point halfway along it is used; precision: ${precision}`;
  }
  return t`geometry is a ${type} ${across} across; ${select(several, { yes: 'the point halfway along the longest line is used', other: 'the point halfway along it is used' })}; precision: ${precision}`;
}

function pointsNote({ type, across, precision }: Shape, parts: Parts): string {
  if (type === 'GeometryCollection') {
    const geometries = parts.count;
    return t`geometry is a ${type} of ${plural(geometries, { one: '# geometry', other: '# geometries' })}, ${across} across; the point nearest their middle is used; precision: ${precision}`;
  }
  if (type === 'MultiPoint') {
    const points = parts.points.length;
    return t`geometry is a ${type} of ${plural(points, { one: '# point', other: '# points' })}, ${across} across; the point nearest their middle is used; precision: ${precision}`;
  }
  return t`geometry is a ${type} ${across} across; the point nearest their middle is used; precision: ${precision}`;
}

/** A place precision as a note on a geometry names it ("precision: city"). */
function precisionWord(precision: LocationPrecision): string {
  switch (precision) {
    case 'site':
      return t({ comment: 'A place precision: an exact site', message: 'site' });
    case 'city':
      return t({ comment: 'A place precision: a city or town', message: 'city' });
    case 'district':
      return t({ comment: 'A place precision: a district', message: 'district' });
    case 'province':
      return t({ comment: 'A place precision: a province', message: 'province' });
    case 'country':
      return t({ comment: 'A place precision: only the country', message: 'country' });
    case 'region':
      return t({ comment: 'A place precision: a region', message: 'region' });
    default:
      return precision;
  }
}

/** Sorts a geometry's positions into points, lines and polygons, without recursion. */
function collect(root: Record<string, unknown>, parts: Parts, swap: boolean): void {
  const stack: unknown[] = [root];
  const position = (value: unknown): Position | null => {
    if (!Array.isArray(value)) return null;
    const [a, b] = value as unknown[];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b))
      return null;
    return swap ? [b, a] : [a, b];
  };
  const list = (value: unknown): Position[] =>
    Array.isArray(value) ? value.map(position).filter((p): p is Position => p !== null) : [];
  const lists = (value: unknown): Position[][] =>
    Array.isArray(value) ? value.map(list).filter((l) => l.length > 0) : [];
  while (stack.length > 0) {
    const g = stack.pop();
    if (!isRecord(g)) continue;
    const c = g.coordinates;
    switch (g.type) {
      case 'Point': {
        const p = position(c);
        if (p) parts.points.push(p);
        break;
      }
      case 'MultiPoint':
        parts.points.push(...list(c));
        break;
      case 'LineString':
        if (list(c).length > 0) parts.lines.push(list(c));
        break;
      case 'MultiLineString':
        parts.lines.push(...lists(c));
        break;
      case 'Polygon':
        if (lists(c).length > 0) parts.polygons.push(lists(c));
        break;
      case 'MultiPolygon':
        if (Array.isArray(c))
          for (const polygon of c) if (lists(polygon).length > 0) parts.polygons.push(lists(polygon));
        break;
      case 'GeometryCollection':
        if (Array.isArray(g.geometries)) {
          parts.count += g.geometries.length;
          for (let i = g.geometries.length - 1; i >= 0; i--) stack.push(g.geometries[i]);
        }
        break;
      default:
        // A type GeoJSON does not have (a reader's file may say anything): no positions to collect.
        break;
    }
  }
}

/**
 * Longitudes moved into the 360° window that starts after the widest empty
 * stretch between them: the frame in which the geometry is in one piece.
 */
function longitudeFrame(lons: readonly number[]): (lon: number) => number {
  const sorted = lons.map((l) => ((((l + 180) % 360) + 360) % 360) - 180).sort((a, b) => a - b);
  let west = sorted[0]!;
  let widest = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > widest) {
      widest = gap;
      west = sorted[i]!;
    }
  }
  return (lon) => {
    // Steps of 360 rather than a remainder: a longitude already in the window stays exactly as written.
    let l = lon;
    while (l < west) l += 360;
    while (l >= west + 360) l -= 360;
    return l;
  };
}

function wrap(lon: number): number {
  return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
}

/** The diagonal of the bounding box of positions in one frame. */
function sizeKm(positions: readonly Position[]): number {
  let [west, south] = positions[0]!;
  let [east, north] = positions[0]!;
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return distanceKm(west, south, east, north);
}

function lengthKm(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += distanceKm(...line[i - 1]!, ...line[i]!);
  return total;
}

function halfway(line: readonly Position[]): Position {
  const target = lengthKm(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const step = distanceKm(...a, ...b);
    if (walked + step >= target && step > 0) {
      const t = (target - walked) / step;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    walked += step;
  }
  return line[0]!;
}

function nearestToMiddle(points: readonly Position[]): Position {
  const mid: Position = [
    points.reduce((s, p) => s + p[0], 0) / points.length,
    points.reduce((s, p) => s + p[1], 0) / points.length,
  ];
  return largest(points, (p) => -distanceKm(...p, ...mid));
}

/** The area of a polygon's outer ring less its holes, in square degrees scaled by the cosine of latitude. */
function area2(rings: readonly Position[][]): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    sum += (x1 * y2 - x2 * y1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
  }
  return sum / 2;
}

/** The pole of inaccessibility, found to a thousandth of the polygon's size. */
function insidePoint(rings: Position[][], size: number): Position {
  if (rings[0]!.length < 3) return rings[0]![0]!;
  const [x, y] = polylabel(rings, Math.max(size / 111_000, 1e-7));
  return [x, y];
}

function largest<T extends object>(items: readonly T[], measure: (item: T) => number): T {
  let best = items[0]!;
  let most = measure(best);
  for (const item of items.slice(1)) {
    const m = measure(item);
    if (m > most) {
      best = item;
      most = m;
    }
  }
  return best;
}

/** "0.4 km", "12 km", "1,250 km", in the language shown. */
function km(n: number): string {
  const rounded = n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
  return i18n.number(rounded, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
