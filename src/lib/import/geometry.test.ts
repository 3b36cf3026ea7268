import { describe, expect, it } from 'vitest';
import { pointOf } from './geometry';

describe('pointOf', () => {
  it('takes a Point as it is, ignoring altitude', () => {
    expect(pointOf({ type: 'Point', coordinates: [69.2, 34.5, 1800] })).toEqual({
      point: [69.2, 34.5],
      note: null,
    });
  });

  it('takes the first point of a MultiPoint, with a note', () => {
    expect(
      pointOf({
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toEqual({ point: [1, 2], note: 'geometry is a MultiPoint; its first point is used' });
  });

  it('takes the centre of the bounding box of a polygon, with a note', () => {
    const square = [
      [
        [0, 0],
        [10, 0],
        [10, 20],
        [0, 20],
        [0, 0],
      ],
    ];
    expect(pointOf({ type: 'Polygon', coordinates: square })).toEqual({
      point: [5, 10],
      note: 'geometry is a Polygon; the centre of its bounding box is used',
    });
    expect(
      pointOf({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [0, 0] },
          { type: 'Point', coordinates: [4, 2] },
        ],
      }).point,
    ).toEqual([2, 1]);
  });

  it('has no point and no note for a missing geometry', () => {
    expect(pointOf(null)).toEqual({ point: null, note: null });
  });

  it('has no point, with a note, for a broken geometry', () => {
    expect(pointOf({ type: 'Point', coordinates: ['a', 'b'] }).point).toBeNull();
    expect(pointOf({ type: 'Point', coordinates: ['a', 'b'] }).note).toMatch(/no usable coordinates/);
    expect(pointOf('POINT (1 2)').note).toMatch(/not a GeoJSON geometry/);
  });
});
