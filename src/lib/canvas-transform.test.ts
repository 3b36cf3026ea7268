import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backingSize, carry, viewTransform, type WorldTransform } from './canvas-transform';

const at = ({ scale, dx, dy }: WorldTransform, x: number, y: number) => ({
  x: x * scale + dx,
  y: y * scale + dy,
});

describe('carry', () => {
  it('is no move at all for the view drawn', () => {
    expect(carry({ scale: 4, dx: -30, dy: 12 }, { scale: 4, dx: -30, dy: 12 })).toEqual({
      x: 0,
      y: 0,
      scale: 1,
    });
  });

  it('doubles a canvas for a zoom in by one, keeping the world origin where the target puts it', () => {
    expect(carry({ scale: 8, dx: 0, dy: 0 }, { scale: 16, dx: -100, dy: -50 })).toEqual({
      x: -100,
      y: -50,
      scale: 2,
    });
  });

  it('puts every world point where the target view shows it', () => {
    const transform = fc.record({
      scale: fc.double({ min: 0.5, max: 4096, noNaN: true }),
      dx: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      dy: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    });
    const world = fc.double({ min: 0, max: 256, noNaN: true });
    fc.assert(
      fc.property(transform, transform, world, world, (drawn, target, wx, wy) => {
        const placed = carry(drawn, target);
        const onCanvas = at(drawn, wx, wy);
        const shown = { x: placed.x + placed.scale * onCanvas.x, y: placed.y + placed.scale * onCanvas.y };
        const wanted = at(target, wx, wy);
        const tolerance =
          1e-6 * (1 + Math.abs(wanted.x) + Math.abs(wanted.y) + Math.abs(onCanvas.x * placed.scale));
        expect(Math.abs(shown.x - wanted.x)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(shown.y - wanted.y)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });
});

describe('viewTransform', () => {
  it('puts the centre of the view in the middle of the map, with the pane where it stands', () => {
    // A 400 x 200 map centred on world pixel (1000, 600), its pane dragged 30 pixels right.
    const t = viewTransform(8, { x: 1000, y: 600 }, { x: 400, y: 200 }, { x: 30, y: 0 });
    expect(t).toEqual({ scale: 8, dx: -830, dy: -500 });
    // The centre then shows in the middle of the container: layer pixel + pane position.
    expect(1000 + t.dx + 30).toBe(200);
    expect(600 + t.dy + 0).toBe(100);
  });

  it('rounds the pixel origin to whole pixels, as Leaflet does', () => {
    expect(viewTransform(1, { x: 100.4, y: 50.6 }, { x: 100, y: 100 }, { x: 0, y: 0 })).toEqual({
      scale: 1,
      dx: -50,
      dy: -1,
    });
  });
});

describe('backingSize', () => {
  it('is the CSS size times the ratio', () => {
    expect(backingSize(1280, 800, 2)).toEqual({ width: 2560, height: 1600 });
  });

  it('is whole pixels for a fractional ratio, the same every time', () => {
    expect(backingSize(333, 201, 1.5)).toEqual({ width: 500, height: 302 });
    expect(backingSize(333, 201, 1.5)).toEqual(backingSize(333, 201, 1.5));
  });
});
