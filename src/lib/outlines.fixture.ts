/** For tests only: small GeoJSON outlines to build collections from. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const feature = (geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

export const collection = (
  ...features: Array<Feature<Geometry | null>>
): FeatureCollection<Geometry | null> => ({
  type: 'FeatureCollection',
  features,
});

/** A closed square ring from (x, y), `side` degrees each way. */
export const square = (x: number, y: number, side: number) => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];
