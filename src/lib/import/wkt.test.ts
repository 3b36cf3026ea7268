import { describe, expect, it } from 'vitest';
import { wktGeometry } from './wkt';

describe('wktGeometry', () => {
  it('reads lines, polygons and collections as GeoJSON', () => {
    expect(wktGeometry('LINESTRING (69.1 34.5, 69.2 34.6)')).toEqual({
      type: 'LineString',
      coordinates: [
        [69.1, 34.5],
        [69.2, 34.6],
      ],
    });
    expect(wktGeometry('SRID=4326;POLYGON ((0 0, 1 0, 1 1, 0 0))')).toMatchObject({ type: 'Polygon' });
    expect(wktGeometry('multipolygon (((0 0, 1 0, 1 1, 0 0)))')).toMatchObject({ type: 'MultiPolygon' });
    expect(wktGeometry('GEOMETRYCOLLECTION (POINT (40 10), LINESTRING (10 10, 20 20))')).toMatchObject({
      type: 'GeometryCollection',
    });
  });

  it('gives null for what is not WKT in degrees', () => {
    expect(wktGeometry('34.5, 69.2')).toBeNull();
    expect(wktGeometry('LINESTRING (1 2,')).toBeNull();
    expect(wktGeometry('SRID=3857;LINESTRING (7700000 4100000, 7700100 4100100)')).toBeNull();
  });
});
