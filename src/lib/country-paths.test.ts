import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collection, feature, square } from './outlines.fixture';
import { countryCount, countryInView, countryPaths, traceCountry } from './country-paths';
import { projectX, projectY } from './mercator';

/** A context that records what is traced. */
function recorder() {
  const calls: Array<[string, number?, number?]> = [];
  return {
    calls,
    moveTo: (x: number, y: number) => calls.push(['moveTo', x, y]),
    lineTo: (x: number, y: number) => calls.push(['lineTo', x, y]),
    closePath: () => calls.push(['closePath']),
  };
}

describe('countryPaths', () => {
  it('projects every ring of polygons and multipolygons, one country a feature, and leaves out features with no polygon', () => {
    const paths = countryPaths(
      collection(
        feature({ type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2)] }),
        feature({ type: 'Point', coordinates: [5, 5] }),
        feature(null),
        feature({ type: 'MultiPolygon', coordinates: [[square(20, 20, 5)], [square(-40, -10, 5)]] }),
      ),
    );
    expect(countryCount(paths)).toBe(2);
    expect([...paths.countries]).toEqual([0, 2, 4]);
    expect([...paths.rings]).toEqual([0, 5, 10, 15, 20]);
    expect(paths.points[2]).toBeCloseTo(projectX(10), 4);
    expect(paths.points[5]).toBeCloseTo(projectY(10), 4);
    // The second country's box spans both its polygons.
    expect(paths.boxes[4]).toBeCloseTo(projectX(-40), 4);
    expect(paths.boxes[6]).toBeCloseTo(projectX(25), 4);
    expect(paths.boxes[5]).toBeCloseTo(projectY(25), 4);
    expect(paths.boxes[7]).toBeCloseTo(projectY(-10), 4);
  });
});

describe('traceCountry', () => {
  const paths = countryPaths(collection(feature({ type: 'Polygon', coordinates: [square(60, 30, 10)] })));

  it('traces each point through the transform, and closes each ring', () => {
    const ctx = recorder();
    const world = { scale: 8, dx: -100, dy: 50 };
    expect(traceCountry(ctx, paths, 0, world)).toBe(5);
    expect(ctx.calls[0]).toEqual([
      'moveTo',
      projectX(60) * 8 - 100,
      expect.closeTo(projectY(30) * 8 + 50, 3),
    ]);
    expect(ctx.calls.map((c) => c[0])).toEqual([
      'moveTo',
      'lineTo',
      'lineTo',
      'lineTo',
      'lineTo',
      'closePath',
    ]);
  });

  it('leaves out points within half a pixel of the last drawn, but never a ring’s last point', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -170, max: 170, noNaN: true }),
            fc.double({ min: -80, max: 80, noNaN: true }),
          ),
          {
            minLength: 2,
            maxLength: 40,
          },
        ),
        fc.double({ min: 0.001, max: 64, noNaN: true }),
        (ring, scale) => {
          const one = countryPaths(collection(feature({ type: 'Polygon', coordinates: [ring] })));
          const ctx = recorder();
          traceCountry(ctx, one, 0, { scale, dx: 0, dy: 0 });
          const drawn = ctx.calls.filter((c) => c[0] !== 'closePath') as Array<[string, number, number]>;
          // The first and last points are always there.
          expect(drawn[0]![1]).toBeCloseTo(one.points[0]! * scale, 3);
          expect(drawn.at(-1)![1]).toBeCloseTo(one.points[(ring.length - 1) * 2]! * scale, 3);
          // Between the two, no point drawn is within half a pixel of the one before it.
          for (let i = 1; i < drawn.length - 1; i++) {
            const [, x, y] = drawn[i]!;
            const [, px, py] = drawn[i - 1]!;
            expect(Math.abs(x - px) >= 0.5 || Math.abs(y - py) >= 0.5).toBe(true);
          }
          // And every point left out lies within half a pixel of one drawn.
          for (let i = 0; i < ring.length; i++) {
            const x = one.points[i * 2]! * scale;
            const y = one.points[i * 2 + 1]! * scale;
            expect(
              drawn.some(([, dx, dy]) => Math.abs(dx - x) < 0.5 + 1e-9 && Math.abs(dy - y) < 0.5 + 1e-9),
            ).toBe(true);
          }
        },
      ),
    );
  });
});

describe('countryInView', () => {
  const paths = countryPaths(collection(feature({ type: 'Polygon', coordinates: [square(0, 0, 10)] })));
  const x0 = projectX(0);
  const x1 = projectX(10);

  it('is true when the box reaches into the canvas, and false when it lies wholly beside it', () => {
    expect(countryInView(paths, 0, { scale: 1, dx: 0, dy: 0 }, 256, 256)).toBe(true);
    expect(countryInView(paths, 0, { scale: 1, dx: -x1 - 1, dy: 0 }, 256, 256)).toBe(false);
    expect(countryInView(paths, 0, { scale: 1, dx: 256 - x0 + 1, dy: 0 }, 256, 256)).toBe(false);
    expect(countryInView(paths, 0, { scale: 1, dx: -x1 + 1, dy: 0 }, 256, 256)).toBe(true);
  });
});
