import { describe, expect, it } from 'vitest';
import { unwrapCollection, unwrapRing } from './unwrap-rings';

describe('unwrapRing', () => {
  it('leaves a ring that does not cross the antimeridian alone', () => {
    const ring = [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 0],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('continues a ring eastwards past 180 degrees instead of jumping back to -180', () => {
    expect(
      unwrapRing([
        [178, 65],
        [-179, 66],
        [-175, 64],
        [178, 65],
      ]),
    ).toEqual([
      [178, 65],
      [181, 66],
      [185, 64],
      [178, 65],
    ]);
  });
});

describe('unwrapCollection', () => {
  it('unwraps multipolygons and drops the features asked for', () => {
    const result = unwrapCollection(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'keep',
            properties: {},
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                [
                  [
                    [179, 1],
                    [-179, 1],
                    [179, 2],
                  ],
                ],
              ],
            },
          },
          { type: 'Feature', id: 'drop', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
        ],
      },
      (f) => f.id === 'drop',
    );
    expect(result.features.map((f) => f.id)).toEqual(['keep']);
    expect(result.features[0]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 1],
            [181, 1],
            [179, 2],
          ],
        ],
      ],
    });
  });
});
