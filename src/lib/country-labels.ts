import type { Feature, FeatureCollection, Position } from 'geojson';
import polylabel from 'polylabel';
import { projectX, projectY } from './mercator';

/** Where a country's name can go: well inside it, in Web Mercator pixels at zoom 0. */
export interface CountryLabel {
  /** Its English name, Natural Earth's. */
  readonly name: string;
  /** Its ISO 3166-1 alpha-2 code, where the outline's numeric id has one: the key to its name in other languages. */
  readonly code?: string;
  readonly x: number;
  readonly y: number;
  /** How far the point is from the country's outline: the room the name has around it. */
  readonly room: number;
}

/** Twice the signed area of a ring, in the units of its coordinates. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum);
}

/** ISO 3166-1 numeric codes (the outlines' ids, "004") to alpha-2 ("AF"). */
export type AlphaCodes = Readonly<Record<string, string>>;

/**
 * A place for a country's name: the pole of inaccessibility of its largest
 * polygon, worked out on the projected map so that the room around it is in
 * map pixels, with the country's alpha-2 code from `codes` by the feature's
 * numeric id; null for a feature with no name or no shape.
 */
export function countryLabel(feature: Feature, codes: AlphaCodes = {}): CountryLabel | null {
  const name: unknown = feature.properties?.name;
  const g = feature.geometry;
  if (typeof name !== 'string' || !name || !g) return null;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let largest: Position[][] | null = null;
  let largestArea = 0;
  for (const polygon of polygons) {
    const projected = polygon.map((ring) => ring.map(([lon, lat]) => [projectX(lon!), projectY(lat!)]));
    const area = projected[0] ? ringArea(projected[0]) : 0;
    if (area > largestArea) {
      largestArea = area;
      largest = projected;
    }
  }
  if (!largest) return null;
  // To a twentieth of the country's size: the room is a rough measure, and a finer one costs more.
  const xs = largest[0]!.map((p) => p[0]!);
  const ys = largest[0]!.map((p) => p[1]!);
  const size = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const point = polylabel(largest as Array<Array<[number, number]>>, Math.max(size / 20, 1e-4));
  const code = feature.id === undefined ? undefined : codes[String(feature.id)];
  return { name, ...(code ? { code } : {}), x: point[0], y: point[1], room: point.distance };
}

/** Places for the names of the countries of `collection`, roomiest first (larger countries keep theirs). */
export function countryLabels(collection: FeatureCollection, codes: AlphaCodes = {}): CountryLabel[] {
  return collection.features
    .map((feature) => countryLabel(feature, codes))
    .filter((l) => l !== null)
    .sort((a, b) => b.room - a.room);
}
