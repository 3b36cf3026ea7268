import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearPadding, shiftIntoClear, type Rect } from './clear-padding';

describe('clearPadding', () => {
  it('is the margin on every side with nothing over the map', () => {
    expect(clearPadding(800, 600, [])).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
  });

  it('leaves a tall legend on the left out by the left side', () => {
    const pad = clearPadding(800, 600, [{ left: 10, top: 80, right: 280, bottom: 560 }]);
    expect(pad.left).toBe(300);
    expect(pad.top).toBe(20);
  });

  it('leaves a wide notice at the top out by the top, and a small control inside it costs nothing more', () => {
    const pad = clearPadding(800, 600, [
      { left: 60, top: 10, right: 790, bottom: 110 },
      { left: 10, top: 10, right: 44, bottom: 80 },
    ]);
    expect(pad).toEqual({ top: 130, right: 20, bottom: 20, left: 20 });
  });

  it('ignores boxes off the map', () => {
    expect(clearPadding(400, 300, [{ left: 500, top: 0, right: 600, bottom: 100 }]).right).toBe(20);
  });

  it('never pads away more than the share of the map given', () => {
    const pad = clearPadding(400, 200, [
      { left: 0, top: 0, right: 400, bottom: 150 },
      { left: 0, top: 170, right: 400, bottom: 200 },
    ]);
    expect(pad.top + pad.bottom).toBeCloseTo(180, 6);
    expect(pad.top).toBeGreaterThan(pad.bottom);
  });

  it('on a crowded map gives up its margins before it lets a box cover the view', () => {
    const pad = clearPadding(400, 200, [
      { left: 0, top: 0, right: 400, bottom: 110 },
      { left: 0, top: 160, right: 400, bottom: 200 },
    ]);
    expect(pad.top + pad.bottom).toBeLessThanOrEqual(180);
    expect(pad.top).toBeGreaterThanOrEqual(110);
    expect(pad.bottom).toBeGreaterThanOrEqual(40);
  });
});

describe('shiftIntoClear', () => {
  // A short embed's map: a note across the top half, the zoom buttons, a legend at the bottom left.
  const rects: Rect[] = [
    { left: 56, top: 52, right: 365, bottom: 92 },
    { left: 10, top: 10, right: 44, bottom: 74 },
    { left: 10, top: 130, right: 200, bottom: 160 },
  ];
  const covered = (boxes: readonly Rect[], x: number, y: number) =>
    boxes.some((r) => x >= r.left - 8 && x <= r.right + 8 && y >= r.top - 8 && y <= r.bottom + 8);

  it('leaves a point clear of every box where it is, and one off the map', () => {
    expect(shiftIntoClear(300, 150, 375, 180, rects)).toEqual([0, 0]);
    expect(shiftIntoClear(200, -30, 375, 180, rects)).toEqual([0, 0]);
  });

  it('moves a point under the note to just below it, the nearer side, clear of the legend too', () => {
    expect(shiftIntoClear(225, 80, 375, 180, rects)).toEqual([0, 80 - 101]);
    // Below the note's left end the legend is near: the way out is still the shortest clear one.
    const [dx, dy] = shiftIntoClear(150, 120, 375, 180, rects);
    expect(covered(rects, 150 - dx, 120 - dy)).toBe(false);
    expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(11);
  });

  it('takes an empty box (a notice slot with nothing in it) as covering nothing', () => {
    const slots: Rect[] = [...rects, { left: 56, top: 99, right: 365, bottom: 99 }];
    expect(shiftIntoClear(225, 80, 375, 180, slots)).toEqual([0, 80 - 101]);
    expect(shiftIntoClear(225, 105, 375, 180, slots)).toEqual([0, 0]);
  });

  it('with a reach of 0, moves only a point under a box, but as far as the margin asks', () => {
    // 5 px below the note: near it, not under it.
    expect(shiftIntoClear(225, 97, 375, 180, rects, 30, 0)).toEqual([0, 0]);
    // Below the note, and right of the legend, each by 30.
    expect(shiftIntoClear(225, 90, 375, 180, rects, 30, 0)).toEqual([225 - 231, 90 - 123]);
  });

  it('leaves a point where nothing is clear', () => {
    expect(shiftIntoClear(50, 50, 100, 100, [{ left: 0, top: 0, right: 100, bottom: 100 }])).toEqual([0, 0]);
  });

  it('lands a covered point on a clear one inside the map, and no clear candidate is nearer', () => {
    const rect = fc
      .record({ left: fc.integer({ min: 0, max: 350 }), top: fc.integer({ min: 0, max: 160 }) })
      .chain(({ left, top }) =>
        fc.record({
          left: fc.constant(left),
          top: fc.constant(top),
          right: fc.integer({ min: left + 1, max: 375 }),
          bottom: fc.integer({ min: top + 1, max: 180 }),
        }),
      );
    fc.assert(
      fc.property(
        fc.array(rect, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 375 }),
        fc.integer({ min: 0, max: 180 }),
        (boxes, x, y) => {
          const [dx, dy] = shiftIntoClear(x, y, 375, 180, boxes);
          if (!covered(boxes, x, y)) {
            expect([dx, dy]).toEqual([0, 0]);
            return;
          }
          if (dx === 0 && dy === 0) return;
          const [cx, cy] = [x - dx, y - dy];
          expect(covered(boxes, cx, cy)).toBe(false);
          expect(cx >= 8 && cx <= 367 && cy >= 8 && cy <= 172).toBe(true);
          // Checked against every whole pixel of the map: none clear is nearer (by more than a pixel's rounding).
          const distance = Math.hypot(dx, dy);
          for (let px = 8; px <= 367; px += 3)
            for (let py = 8; py <= 172; py += 3)
              if (!covered(boxes, px, py)) expect(Math.hypot(px - x, py - y)).toBeGreaterThan(distance - 3);
        },
      ),
      { numRuns: 60 },
    );
  });
});
