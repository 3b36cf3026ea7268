import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denseBox, inBox } from './dense-view';

const at = (lat: number, lon: number) => ({ lat, lon });

describe('denseBox', () => {
  it('has nothing to frame without points', () => {
    expect(denseBox([])).toBeNull();
  });

  it('frames the busy region and leaves the few far points out', () => {
    const kabul = [
      at(34.5, 69.2),
      at(34.6, 69.1),
      at(33.9, 67.7),
      at(30.4, 69.3),
      at(29.8, 66.8),
      at(31.5, 69.9),
    ];
    const far = [at(55.8, 37.6), at(40.7, -74), at(51.2, 10.5)];
    const box = denseBox([...far, ...kabul], 0.6)!;
    for (const p of kabul) expect(inBox(box, p)).toBe(true);
    for (const p of far) expect(inBox(box, p)).toBe(false);
    expect(box.west).toBeCloseTo(66.8, 6);
    expect(box.east).toBeCloseTo(69.9, 6);
    expect(box.south).toBeCloseTo(29.8, 6);
    expect(box.north).toBeCloseTo(34.6, 6);
  });

  it('crosses the antimeridian when the busy points lie on both sides of it', () => {
    const fiji = [at(-17.7, 178.1), at(-18.1, 179.9), at(-16.5, -179.8), at(-17, -179.5)];
    const box = denseBox([...fiji, at(51.5, 0)], 0.8)!;
    for (const p of fiji) expect(inBox(box, p)).toBe(true);
    expect(inBox(box, at(51.5, 0))).toBe(false);
    expect(box.east - box.west).toBeLessThan(3);
  });

  it('is a point for points all in one place', () => {
    const box = denseBox([at(10, 20), at(10, 20), at(10, 20)])!;
    expect(box.west).toBeCloseTo(20, 6);
    expect(box.east).toBeCloseTo(20, 6);
    expect(box.north).toBeCloseTo(10, 6);
  });

  it('holds every point when the share is all of them', () => {
    const points = [at(0, 0), at(50, 100), at(-40, -120)];
    const box = denseBox(points, 1)!;
    for (const p of points) expect(inBox(box, p, 1e-6)).toBe(true);
  });

  const place = fc.record({
    lat: fc.double({ min: -80, max: 80, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  });

  it('always holds at least the share of the points asked for', () => {
    fc.assert(
      fc.property(
        fc.array(place, { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (points, share) => {
          const box = denseBox(points, share)!;
          const held = points.filter((p) => inBox(box, p, 1e-6)).length;
          expect(held).toBeGreaterThanOrEqual(Math.ceil(points.length * share));
        },
      ),
    );
  });

  it('is never taller than the box around all the points', () => {
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 60 }), (points) => {
        const box = denseBox(points, 0.6)!;
        const lats = points.map((p) => p.lat);
        expect(box.south).toBeGreaterThanOrEqual(Math.min(...lats) - 1e-6);
        expect(box.north).toBeLessThanOrEqual(Math.max(...lats) + 1e-6);
        expect(box.east - box.west).toBeLessThanOrEqual(360);
      }),
    );
  });

  it('gives a box on the map: west of east, west within the world', () => {
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 40 }), (points) => {
        const box = denseBox(points)!;
        expect(box.west).toBeLessThanOrEqual(box.east);
        expect(box.west).toBeGreaterThanOrEqual(-180 - 1e-9);
        expect(box.west).toBeLessThan(180);
      }),
    );
  });
});
