import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { WorldTransform } from './canvas-transform';
import { projectX, projectY } from './mercator';

/**
 * Country outlines projected once, in zoom-0 world pixels, packed in typed
 * arrays: drawing them at any view is a scale and a shift per point, with no
 * object per point (Leaflet's GeoJSON layer makes a LatLng and a Point for
 * each of the 1:50m outlines' hundred thousand points, and projects them all
 * again at every zoom).
 */
export interface CountryPaths {
  /** x, y of every point, ring after ring: doubles, as at zoom 18 a float's error would be pixels. */
  readonly points: Float64Array;
  /** Where each ring starts in `points` (in points), and one past the last ring's end. */
  readonly rings: Uint32Array;
  /** Where each country's rings start in `rings`, and one past the last country's. */
  readonly countries: Uint32Array;
  /** Each country's box: min x, min y, max x, max y. */
  readonly boxes: Float64Array;
}

/** The polygons' rings of each feature of `collection`, projected; a feature with no polygon is left out. */
export function countryPaths(collection: FeatureCollection<Geometry | null>): CountryPaths {
  const shapes = polygonRings(collection);
  const ringCount = shapes.reduce((n, rings) => n + rings.length, 0);
  const pointCount = shapes.reduce((n, rings) => rings.reduce((m, ring) => m + ring.length, n), 0);
  const points = new Float64Array(pointCount * 2);
  const rings = new Uint32Array(ringCount + 1);
  const countries = new Uint32Array(shapes.length + 1);
  const boxes = new Float64Array(shapes.length * 4);
  let p = 0;
  let r = 0;
  shapes.forEach((shape, c) => {
    countries[c] = r;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const ring of shape) {
      rings[r++] = p;
      for (const point of ring) {
        const x = projectX(point[0]!);
        const y = projectY(point[1]!);
        points[p * 2] = x;
        points[p * 2 + 1] = y;
        p++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    boxes.set([minX, minY, maxX, maxY], c * 4);
  });
  rings[ringCount] = p;
  countries[shapes.length] = ringCount;
  return { points, rings, countries, boxes };
}

/** Each feature's polygon rings, one entry a country: empty rings and features with no polygon left out. */
export function polygonRings(collection: FeatureCollection<Geometry | null>): Position[][][] {
  const shapes: Position[][][] = [];
  for (const feature of collection.features) {
    const g = feature.geometry;
    const rings =
      g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    const kept = rings.filter((ring) => ring.length > 0);
    if (kept.length > 0) shapes.push(kept);
  }
  return shapes;
}

/** How close, in canvas pixels, a point may come to the last one drawn and still be left out. */
const SKIP_WITHIN = 0.5;

/**
 * Traces one country's rings into the context's current path, in canvas
 * pixels through `world`, leaving out points that would land within half a
 * pixel of the last one drawn (at low zoom most of them). Each ring keeps its
 * last point, so it closes where it should. Returns the points traced.
 */
export function traceCountry(
  ctx: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'closePath'>,
  paths: CountryPaths,
  country: number,
  { scale, dx, dy }: WorldTransform,
): number {
  const { points, rings, countries } = paths;
  let traced = 0;
  for (let r = countries[country]!; r < countries[country + 1]!; r++) {
    const start = rings[r]!;
    const end = rings[r + 1]!;
    let lastX = points[start * 2]! * scale + dx;
    let lastY = points[start * 2 + 1]! * scale + dy;
    ctx.moveTo(lastX, lastY);
    traced++;
    for (let i = start + 1; i < end; i++) {
      const x = points[i * 2]! * scale + dx;
      const y = points[i * 2 + 1]! * scale + dy;
      if (i < end - 1 && Math.abs(x - lastX) < SKIP_WITHIN && Math.abs(y - lastY) < SKIP_WITHIN) continue;
      ctx.lineTo(x, y);
      traced++;
      lastX = x;
      lastY = y;
    }
    ctx.closePath();
  }
  return traced;
}

/** Whether a country's box, through `world`, reaches into a canvas of `width` by `height` pixels. */
export function countryInView(
  paths: CountryPaths,
  country: number,
  { scale, dx, dy }: WorldTransform,
  width: number,
  height: number,
): boolean {
  const b = paths.boxes;
  const i = country * 4;
  return (
    b[i]! * scale + dx <= width &&
    b[i + 2]! * scale + dx >= 0 &&
    b[i + 1]! * scale + dy <= height &&
    b[i + 3]! * scale + dy >= 0
  );
}

/** How many countries the paths hold. */
export function countryCount(paths: CountryPaths): number {
  return paths.countries.length - 1;
}
