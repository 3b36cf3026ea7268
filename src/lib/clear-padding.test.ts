import { describe, expect, it } from 'vitest';
import { clearPadding } from './clear-padding';

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
