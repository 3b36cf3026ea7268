/** @terraformer/wkt ships no types: the one function used here (see coordinates.ts). */
declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  /** Throws on text that is not WKT. */
  export function wktToGeoJSON(wkt: string): Geometry;
}
