import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, pointOf, precisionForSize } from './geometry';

/** A square ring of `side` degrees with its south-west corner at lon, lat. */
const square = (lon: number, lat: number, side: number) => [
  [lon, lat],
  [lon + side, lat],
  [lon + side, lat + side],
  [lon, lat + side],
  [lon, lat],
];

/** Even-odd point in polygon, for checking that a point is inside a polygon and not in its hole. */
function inside([x, y]: [number, number], rings: number[][][]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) odd = !odd;
    }
  }
  return odd;
}

describe('pointOf', () => {
  it('takes a Point as it is, ignoring altitude, as given in the file', () => {
    expect(pointOf({ type: 'Point', coordinates: [69.2, 34.5, 1800] })).toEqual({
      point: [69.2, 34.5],
      precision: 'as-given',
      note: null,
    });
  });

  it('reads every position the other way round when asked', () => {
    expect(pointOf({ type: 'Point', coordinates: [34.5, 69.2] }, true).point).toEqual([69.2, 34.5]);
    const line = {
      type: 'LineString',
      coordinates: [
        [34.5, 69.2],
        [34.5, 69.3],
      ],
    };
    expect(pointOf(line, true).point![1]).toBeCloseTo(34.5, 9);
  });

  it('takes the point halfway along a line, with its length, size and precision', () => {
    // 0.1° of latitude is about 11 km.
    const line = {
      type: 'LineString',
      coordinates: [
        [69.2, 34.5],
        [69.2, 34.55],
        [69.2, 34.6],
      ],
    };
    const { point, precision, note } = pointOf(line);
    expect(point![0]).toBeCloseTo(69.2, 9);
    expect(point![1]).toBeCloseTo(34.55, 6);
    expect(precision).toBe('city');
    expect(note).toBe(
      'geometry is a LineString 11 km long, 11 km across; the point halfway along it is used; precision: city',
    );
  });

  it('centres a line across the antimeridian near 180, not 0', () => {
    const fiji = {
      type: 'LineString',
      coordinates: [
        [179.5, -17],
        [-179.5, -17],
      ],
    };
    const { point, precision } = pointOf(fiji);
    expect(Math.abs(point![0])).toBeCloseTo(180, 6);
    expect(point![1]).toBeCloseTo(-17, 6);
    // 1° of longitude at 17° S is 106 km.
    expect(precision).toBe('province');
  });

  it('takes a point inside a polygon, never in its hole, and never claims a site for an area', () => {
    // A square 1° across with a hole over its middle: the box's centre is in the hole.
    const rings = [square(69, 34, 1), square(69.25, 34.25, 0.5).reverse()];
    const { point, precision, note } = pointOf({ type: 'Polygon', coordinates: rings });
    expect(inside(point!, rings)).toBe(true);
    expect(precision).toBe('province');
    expect(note).toBe('geometry is a Polygon 144 km across; a point inside it is used; precision: province');
    const tiny = pointOf({ type: 'Polygon', coordinates: [square(69, 34, 0.001)] });
    expect(tiny.precision).toBe('city');
  });

  it('takes a point inside the largest polygon of a multipolygon across the antimeridian', () => {
    // A large part east of 180 and a small one west of it: the box centre in the naive frame is near 0.
    const multi = {
      type: 'MultiPolygon',
      coordinates: [[square(-179.9, -17, 0.2)], [square(177, -18, 2)]],
    };
    const { point, precision, note } = pointOf(multi);
    expect(inside(point!, [square(177, -18, 2)])).toBe(true);
    expect(precision).toBe('province');
    expect(note).toMatch(
      /^geometry is a MultiPolygon of 2 polygons, \d+ km across; a point inside the largest polygon/,
    );
  });

  it('takes the point of several nearest their middle', () => {
    const multi = {
      type: 'MultiPoint',
      coordinates: [
        [69, 34],
        [69.2, 34.2],
        [69.5, 34.5],
      ],
    };
    expect(pointOf(multi)).toMatchObject({ point: [69.2, 34.2], precision: 'district' });
    const same = pointOf({
      type: 'MultiPoint',
      coordinates: [
        [69, 34],
        [69, 34],
      ],
    });
    expect(same).toEqual({
      point: [69, 34],
      precision: 'as-given',
      note: 'geometry is a MultiPoint of one place; its point is used',
    });
  });

  it('takes the largest kind of part of a collection', () => {
    const collection = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [10, 10] },
        { type: 'Polygon', coordinates: [square(0, 0, 0.1)] },
      ],
    };
    const { point, note } = pointOf(collection);
    expect(inside(point!, [square(0, 0, 0.1)])).toBe(true);
    expect(note).toMatch(
      /^geometry is a GeometryCollection of 2 geometries, [\d,]+ km across; a point inside it/,
    );
  });

  it('gives a position off the globe as its point, for the record to be refused for it', () => {
    const written = {
      type: 'LineString',
      coordinates: [
        [-17, 179.5],
        [-17, -179.5],
      ],
    };
    expect(pointOf(written)).toEqual({
      point: [-17, 179.5],
      precision: 'as-given',
      note: 'geometry (LineString) has a position off the globe',
    });
  });

  it('has no point and no note for a missing geometry', () => {
    expect(pointOf(null)).toEqual({ point: null, precision: 'as-given', note: null });
  });

  it('has no point, with a note, for a broken geometry', () => {
    expect(pointOf({ type: 'Point', coordinates: ['a', 'b'] }).point).toBeNull();
    expect(pointOf({ type: 'Point', coordinates: ['a', 'b'] }).note).toMatch(/no usable coordinates/);
    expect(pointOf('POINT (1 2)').note).toMatch(/not a GeoJSON geometry/);
  });

  it('always gives a point on the globe, on a line between its ends', () => {
    const position = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 6 }), (coordinates) => {
        const { point } = pointOf({ type: 'LineString', coordinates });
        expect(Math.abs(point![0])).toBeLessThanOrEqual(180);
        const lats = coordinates.map((c) => c[1]);
        expect(point![1]).toBeGreaterThanOrEqual(Math.min(...lats) - 1e-9);
        expect(point![1]).toBeLessThanOrEqual(Math.max(...lats) + 1e-9);
      }),
    );
  });
});

describe('precisionForSize', () => {
  it('goes from site to region as a geometry grows', () => {
    expect([0.5, 10, 50, 300, 2000].map((km) => precisionForSize(km, false))).toEqual([
      'site',
      'city',
      'district',
      'province',
      'region',
    ]);
    expect(precisionForSize(0.5, true)).toBe('city');
  });
});

describe('distanceKm', () => {
  it('measures great circles', () => {
    expect(distanceKm(0, 0, 0, 1)).toBeCloseTo(111.2, 1);
    expect(distanceKm(179.5, 0, -179.5, 0)).toBeCloseTo(111.2, 1);
  });
});
