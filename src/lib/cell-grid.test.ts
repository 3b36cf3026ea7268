import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellGrid } from './cell-grid';

describe('CellGrid', () => {
  it('takes the first mark of a kind in a cell and refuses the next, until the next frame', () => {
    const grid = new CellGrid(4, 32, 3);
    grid.startFrame(100, 80);
    expect(grid.mark(10, 10, 0)).toBe(true);
    expect(grid.mark(11, 9, 0)).toBe(false);
    expect(grid.mark(10, 10, 1)).toBe(true);
    // The next cell along.
    expect(grid.mark(14, 10, 0)).toBe(true);
    grid.startFrame(100, 80);
    expect(grid.mark(10, 10, 0)).toBe(true);
  });

  it('counts the margin beyond the edges and nothing further', () => {
    const grid = new CellGrid(4, 32, 1);
    grid.startFrame(100, 80);
    expect(grid.mark(-32, -32, 0)).toBe(true);
    expect(grid.mark(131, 111, 0)).toBe(true);
    expect(grid.mark(-33, 0, 0)).toBe(false);
    expect(grid.mark(0, 113, 0)).toBe(false);
    expect(grid.mark(0, 0, 1)).toBe(false);
  });

  it('allocates once for frames of one size, and again only when the size changes', () => {
    const grid = new CellGrid(4, 32, 14);
    for (let i = 0; i < 5; i++) grid.startFrame(1280, 800);
    expect(grid.allocations).toBe(1);
    grid.startFrame(1280, 700);
    grid.startFrame(1280, 700);
    expect(grid.allocations).toBe(2);
  });

  it('agrees with a set of the cells and kinds marked, frame after frame', () => {
    const point = fc.record({
      x: fc.integer({ min: -40, max: 140 }),
      y: fc.integer({ min: -40, max: 120 }),
      kind: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(point, { maxLength: 60 }), { maxLength: 4 }), (frames) => {
        const grid = new CellGrid(4, 32, 4);
        for (const marks of frames) {
          grid.startFrame(100, 80);
          const seen = new Set<string>();
          for (const { x, y, kind } of marks) {
            const inside = x >= -32 && y >= -32 && x < 132 && y < 112;
            const key = `${Math.floor(x / 4)},${Math.floor(y / 4)},${kind}`;
            const expected = inside && !seen.has(key);
            if (expected) seen.add(key);
            expect(grid.mark(x, y, kind)).toBe(expected);
          }
        }
      }),
    );
  });
});
