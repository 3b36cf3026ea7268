import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easeInOut, windowAt } from './window-tween';

const range = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 }))
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('easeInOut', () => {
  it('starts at 0, ends at 1, is halfway at the middle, and never goes back', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    for (let t = 0; t < 1; t += 0.01) expect(easeInOut(t + 0.01)).toBeGreaterThanOrEqual(easeInOut(t));
  });
});

describe('windowAt', () => {
  it('begins where the window is and lands exactly on the one asked for', () => {
    const from = { start: 100, end: 200 };
    const to = { start: 1000, end: 1400 };
    expect(windowAt(from, to, 0)).toEqual(from);
    expect(windowAt(from, to, 1)).toBe(to);
    expect(windowAt(from, to, 1.5)).toBe(to);
  });

  it('passes between the two, in whole days, with its start never after its end', () => {
    fc.assert(
      fc.property(range, range, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        const w = windowAt(from, to, t);
        expect(Number.isInteger(w.start) && Number.isInteger(w.end)).toBe(true);
        expect(w.start).toBeLessThanOrEqual(w.end);
        expect(w.start).toBeGreaterThanOrEqual(Math.min(from.start, to.start));
        expect(w.end).toBeLessThanOrEqual(Math.max(from.end, to.end));
      }),
    );
  });
});
