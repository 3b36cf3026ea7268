import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Makes each ring's longitudes continuous, so a country that crosses the
 * antimeridian (Russia, Fiji) is drawn as one shape running past 180° rather
 * than with lines across the whole map, as Leaflet would draw it. A ring that
 * does not cross it (nearly all of them) is given back as it is, not copied:
 * the basemap's thousands of rings are read on every page load.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let out: Position[] | null = null;
  let shift = 0;
  let previous: number | null = null;
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i]!;
    const lon = point[0];
    if (lon === undefined || point[1] === undefined) {
      // A point without both coordinates is left out, so the ring is copied from here on.
      out ??= ring.slice(0, i);
      continue;
    }
    if (previous !== null) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    if (shift !== 0) {
      out ??= ring.slice(0, i);
      const moved = point.slice();
      moved[0] = lon + shift;
      out.push(moved);
    } else if (out) out.push(point);
  }
  return out ?? ring;
}

/** The collection with every polygon ring unwrapped; features matching `drop` are left out. */
export function unwrapCollection(
  collection: FeatureCollection,
  drop: (feature: Feature) => boolean = () => false,
): FeatureCollection {
  return {
    ...collection,
    features: collection.features
      .filter((f) => !drop(f))
      .map((f) => ({ ...f, geometry: f.geometry && unwrapGeometry(f.geometry) })),
  };
}

function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
    default:
      return geometry;
  }
}
