/**
 * A geometry written as WKT in one cell (LINESTRING, POLYGON, MULTI..., a
 * GEOMETRYCOLLECTION), as GIS tools export a geometry column. Parsed with
 * @terraformer/wkt; points are read by parseLatLon (coordinates.ts), which
 * says more when one is wrong.
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import type { Geometry } from 'geojson';

const SHAPE = /^(?:srid\s*=\s*(\d+)\s*;\s*)?((?:multi)?(?:linestring|polygon|point)|geometrycollection)\b/i;

/**
 * The GeoJSON geometry of a WKT text in longitude and latitude (no SRID, or
 * SRID 4326); null for anything else, which is left to parseLatLon to explain.
 */
export function wktGeometry(text: string): Geometry | null {
  const m = SHAPE.exec(text.trim());
  if (!m || (m[1] !== undefined && m[1] !== '4326')) return null;
  try {
    // Its grammar knows the keywords in capitals only.
    // Its grammar knows the keywords in capitals only.
    return wktToGeoJSON(
      text
        .trim()
        .replace(/^srid\s*=\s*\d+\s*;\s*/i, '')
        .toUpperCase(),
    );
  } catch {
    return null;
  }
}
