import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Makes each ring's longitudes continuous, so a country that crosses the
 * antimeridian (Russia, Fiji) is drawn as one shape running past 180° rather
 * than with lines across the whole map, as Leaflet would draw it.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let previous: number | null = null;
  for (const [lon, lat, ...rest] of ring) {
    if (lon === undefined || lat === undefined) continue;
    if (previous !== null) {
      const delta = lon + shift - previous;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    previous = lon + shift;
    out.push([lon + shift, lat, ...rest]);
  }
  return out;
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
