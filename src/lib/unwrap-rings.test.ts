import fc from 'fast-check';
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

describe('unwrapRing, against a plain copy of every point', () => {
  /** The ring as the first version made it: every point copied, each shifted by the turns so far. */
  function copied(ring: number[][]): number[][] {
    const out: number[][] = [];
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

  it('gives the same points for any ring, and the ring itself when nothing moves', () => {
    const point = fc.oneof(
      fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
      ),
      fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.integer(),
      ),
      fc.constant([] as number[]),
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), (ring) => {
        const rings = ring as number[][];
        const result = unwrapRing(rings);
        // The same numbers: -0 and +0 are one longitude (the copy turns a -0 into +0 by adding 0).
        const plain = (r: number[][]) => r.map((p) => p.map((v) => v + 0));
        expect(plain(result)).toEqual(plain(copied(rings)));
        if (result.every((p, i) => p === rings[i]) && result.length === rings.length)
          expect(result).toBe(rings);
      }),
    );
  });

  it('leaves the ring it is given unchanged', () => {
    const ring = [
      [178, 65],
      [-179, 66],
      [178, 65],
    ];
    unwrapRing(ring);
    expect(ring).toEqual([
      [178, 65],
      [-179, 66],
      [178, 65],
    ]);
  });
});
