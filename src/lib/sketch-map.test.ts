import fc from 'fast-check';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  clip,
  landPath,
  sketchDots,
  sketchFrame,
  sketchPoint,
  SKETCH_MAX_ZOOM,
  SKETCH_SIZE,
} from './sketch-map';

const square = (lon: number, lat: number, d: number): Position[] => [
  [lon - d, lat - d],
  [lon + d, lat - d],
  [lon + d, lat + d],
  [lon - d, lat + d],
  [lon - d, lat - d],
];
const collection = (...rings: Position[][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: rings.map((ring) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  })),
});
/** The numbers of a path, as [x, y] pairs. */
const pointsOf = (d: string) =>
  [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('sketchFrame', () => {
  it("centres on a map view's centre, a higher zoom drawing a smaller part of the world larger", () => {
    const kabul = { lat: 34.5, lng: 69.2, zoom: 4 };
    const frame = sketchFrame(kabul, []);
    const [x, y] = sketchPoint(frame, 69.2, 34.5);
    expect(x).toBeCloseTo(SKETCH_SIZE.width / 2);
    expect(y).toBeCloseTo(SKETCH_SIZE.height / 2);
    expect(sketchFrame({ ...kabul, zoom: 5 }, []).scale).toBeCloseTo(frame.scale * 2);
  });

  it('comes no closer than a region: outlines show nothing within a city', () => {
    const close = sketchFrame({ lat: 34.5, lng: 69.2, zoom: 12 }, []);
    expect(close.scale).toBeCloseTo(sketchFrame({ lat: 34.5, lng: 69.2, zoom: SKETCH_MAX_ZOOM }, []).scale);
    expect(sketchPoint(close, 69.2, 34.5)[0]).toBeCloseTo(SKETCH_SIZE.width / 2);
  });

  it('holds every point when there is no map view', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lon: fc.double({ min: -179, max: 179, noNaN: true }),
            lat: fc.double({ min: -80, max: 80, noNaN: true }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (points) => {
          const frame = sketchFrame(null, points);
          expect(sketchDots(frame, points).outside).toBe(0);
        },
      ),
    );
  });

  it('shows a region, not a dot, around a single point', () => {
    const frame = sketchFrame(null, [{ lon: 66.8, lat: 29.8 }]);
    const [left] = sketchPoint(frame, 60, 29.8);
    const [right] = sketchPoint(frame, 73.6, 29.8);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(frame.width);
  });
});

describe('clip', () => {
  it('cuts a ring to the rectangle, along its edges', () => {
    const ring: Position[] = [
      [-5, 5],
      [5, 5],
      [5, 15],
      [-5, 15],
    ];
    const corners = (r: Position[]) => r.map((p) => p.join(',')).sort();
    expect(corners(clip(ring, 0, 0, 10, 10))).toEqual(
      corners([
        [0, 5],
        [5, 5],
        [5, 10],
        [0, 10],
      ]),
    );
  });

  it('keeps every point inside the rectangle, whatever the ring', () => {
    const point = fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 30 }), (ring) => {
        for (const [x, y] of clip(ring, -10, -20, 30, 40)) {
          expect(x).toBeGreaterThanOrEqual(-10 - 1e-9);
          expect(x).toBeLessThanOrEqual(30 + 1e-9);
          expect(y).toBeGreaterThanOrEqual(-20 - 1e-9);
          expect(y).toBeLessThanOrEqual(40 + 1e-9);
        }
      }),
    );
  });

  it('gives nothing for a ring wholly outside', () => {
    expect(clip(square(50, 50, 1), 0, 0, 10, 10)).toEqual([]);
  });
});

describe('landPath', () => {
  const frame = sketchFrame({ lat: 34.5, lng: 69.2, zoom: 5 }, []);

  it('draws the outlines in the frame, closed, and leaves out those far from it', () => {
    const d = landPath(collection(square(69, 34, 3), square(-100, 40, 5)), frame);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith('Z')).toBe(true);
    for (const [x, y] of pointsOf(d)) {
      expect(x).toBeGreaterThanOrEqual(-4);
      expect(x).toBeLessThanOrEqual(frame.width + 4);
      expect(y).toBeGreaterThanOrEqual(-4);
      expect(y).toBeLessThanOrEqual(frame.height + 4);
    }
  });

  it('cuts a country larger than the frame to the frame', () => {
    const d = landPath(collection(square(69, 34, 40)), frame);
    expect(pointsOf(d)).toHaveLength(4);
  });

  it('thins points closer together than print shows', () => {
    const fine: Position[] = Array.from({ length: 1000 }, (_, i) => {
      const a = (i / 1000) * 2 * Math.PI;
      return [69 + 0.5 * Math.cos(a), 34 + 0.5 * Math.sin(a)];
    });
    expect(pointsOf(landPath(collection(fine), frame)).length).toBeLessThan(100);
  });

  it('draws a shape beyond the antimeridian where the frame is', () => {
    const fiji = sketchFrame({ lat: -17, lng: -179, zoom: 5 }, []);
    expect(landPath(collection(square(178, -17, 1)), fiji)).not.toBe('');
  });
});

/** Every ring in every copy of the world clipped and drawn, none passed over first: what landPath must draw. */
function everyRingPath(outlines: FeatureCollection, frame: ReturnType<typeof sketchFrame>): string {
  let d = '';
  for (const feature of outlines.features) {
    if (feature.geometry.type !== 'Polygon') continue;
    for (const ring of feature.geometry.coordinates)
      for (const turn of [-360, 0, 360]) {
        const points = ring.map(([lon = 0, lat = 0]) => sketchPoint(frame, lon + turn, lat));
        const kept: number[][] = [];
        for (const p of clip(points, -4, -4, frame.width + 4, frame.height + 4)) {
          const last = kept[kept.length - 1];
          if (!last || Math.hypot(p[0]! - last[0]!, p[1]! - last[1]!) >= 0.6) kept.push(p);
        }
        const at = (n: number) => Math.round(n * 10) / 10;
        if (kept.length >= 3) d += `M${kept.map(([x = 0, y = 0]) => `${at(x)} ${at(y)}`).join('L')}Z`;
      }
  }
  return d;
}

describe('landPath against every ring drawn', () => {
  const ring = fc
    .tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -80, max: 80, noNaN: true }),
      fc.array(
        fc.tuple(
          fc.double({ min: -30, max: 30, noNaN: true }),
          fc.double({ min: -20, max: 20, noNaN: true }),
        ),
        {
          minLength: 3,
          maxLength: 8,
        },
      ),
    )
    .map(([lon, lat, offsets]) =>
      offsets.map(([dx, dy]): Position => [lon + dx, Math.max(-85, Math.min(85, lat + dy))]),
    );
  const view = fc.record({
    lat: fc.double({ min: -70, max: 70, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    zoom: fc.integer({ min: 0, max: SKETCH_MAX_ZOOM }),
  });

  it('passes over only rings that would leave nothing, in any frame, drawing the same outlines again', () => {
    fc.assert(
      fc.property(
        fc.array(ring, { minLength: 1, maxLength: 12 }),
        fc.array(view, { minLength: 1, maxLength: 4 }),
        (rings, views) => {
          const outlines = collection(...rings);
          // The same outlines in several frames, as a worksheet draws each step from them.
          for (const v of views) {
            const frame = sketchFrame(v, []);
            expect(landPath(outlines, frame)).toBe(everyRingPath(outlines, frame));
          }
        },
      ),
    );
  });

  it('keeps what lies in the margin past each edge of the frame, and nothing beyond it', () => {
    const frame = sketchFrame({ lat: 34.5, lng: 69.2, zoom: 5 }, []);
    // A square of the drawing's units, `from` to `to` past an edge, as longitude and latitude.
    const past = (side: 'left' | 'right' | 'top' | 'bottom', from: number, to: number): FeatureCollection => {
      const along = [frame.width / 2 - 1, frame.width / 2 + 1];
      const across = [frame.height / 2 - 1, frame.height / 2 + 1];
      const xs =
        side === 'left' ? [-to, -from] : side === 'right' ? [frame.width + from, frame.width + to] : along;
      const ys =
        side === 'top' ? [-to, -from] : side === 'bottom' ? [frame.height + from, frame.height + to] : across;
      const at = (sx: number, sy: number): Position => {
        const x = frame.x + sx / frame.scale;
        const y = frame.y + sy / frame.scale;
        return [
          (x / 256) * 360 - 180,
          ((2 * Math.atan(Math.exp(Math.PI * (1 - y / 128))) - Math.PI / 2) * 180) / Math.PI,
        ];
      };
      return collection([
        at(xs[0]!, ys[0]!),
        at(xs[1]!, ys[0]!),
        at(xs[1]!, ys[1]!),
        at(xs[0]!, ys[1]!),
        at(xs[0]!, ys[0]!),
      ]);
    };
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      expect(landPath(past(side, 1, 3), frame), `in the margin past the ${side}`).not.toBe('');
      expect(landPath(past(side, 5, 7), frame), `beyond the margin past the ${side}`).toBe('');
    }
  });

  it('draws each set of outlines as its own, however many were drawn before', () => {
    const frame = sketchFrame({ lat: 34.5, lng: 69.2, zoom: 5 }, []);
    const near = collection(square(69, 34, 3));
    const far = collection(square(-100, 40, 5));
    expect(landPath(near, frame)).not.toBe('');
    expect(landPath(far, frame)).toBe('');
    expect(landPath(near, frame)).toBe(everyRingPath(near, frame));
  });
});

describe('sketchDots', () => {
  const frame = sketchFrame({ lat: 30, lng: 68, zoom: 5 }, []);

  it('numbers the events from 1, events at one spot sharing a dot, and counts those outside', () => {
    const { dots, outside } = sketchDots(frame, [
      { lon: 69.2, lat: 34.5 },
      { lon: 66.8, lat: 29.8 },
      { lon: 69.21, lat: 34.51 },
      { lon: 37.4, lat: 55.8 },
    ]);
    expect(dots.map((d) => d.numbers)).toEqual([[1, 3], [2]]);
    expect(outside).toBe(1);
  });
});
