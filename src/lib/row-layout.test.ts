import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutRows, listHeight, MAX_LIST_HEIGHT, revealOffset, type RowLayoutInput } from './row-layout';

/** A long list with rows of many heights, scrolled anywhere. */
const lists = fc
  .record({
    count: fc.integer({ min: 300, max: 3_000_000 }),
    view: fc.integer({ min: 100, max: 1200 }),
    estimate: fc.integer({ min: 20, max: 200 }),
    overscan: fc.integer({ min: 0, max: 400 }),
    heights: fc.array(fc.integer({ min: 20, max: 240 }), { minLength: 1, maxLength: 40 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ count, view, estimate, overscan, heights, share }) => {
    const total = listHeight(count, estimate);
    const input: RowLayoutInput = {
      count,
      view,
      total,
      overscan,
      offset: share * (total - view),
      // Rows of varied heights, the same each time asked.
      height: (row) => heights[(row * 7919) % heights.length]!,
    };
    return { input, heights };
  });

const bottomOf = (input: RowLayoutInput, first: number, tops: number[]) =>
  tops[tops.length - 1]! + input.height(first + tops.length - 1);

describe('layoutRows', () => {
  it('stacks the rows without gaps or overlaps, covering the view and the overscan beyond it', () => {
    fc.assert(
      fc.property(lists, ({ input }) => {
        const { first, tops } = layoutRows(input);
        expect(tops.length).toBeGreaterThan(0);
        for (let i = 1; i < tops.length; i++) {
          expect(tops[i]).toBeCloseTo(tops[i - 1]! + input.height(first + i - 1), 6);
        }
        const last = first + tops.length - 1;
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThan(input.count);
        if (first > 0) expect(tops[0]).toBeLessThanOrEqual(input.offset - input.overscan);
        else expect(tops[0]).toBeLessThanOrEqual(input.offset + 1e-6);
        const bottom = bottomOf(input, first, tops);
        if (last < input.count - 1)
          expect(bottom).toBeGreaterThanOrEqual(input.offset + input.view + input.overscan);
        else expect(bottom).toBeGreaterThanOrEqual(input.offset + input.view - 1e-6);
      }),
    );
  });

  it('costs what the view holds, not what the list holds', () => {
    fc.assert(
      fc.property(lists, ({ input, heights }) => {
        const shortest = Math.min(...heights);
        const { tops } = layoutRows(input);
        expect(tops.length).toBeLessThanOrEqual(Math.ceil((input.view + 2 * input.overscan) / shortest) + 3);
      }),
    );
  });

  it('shows the first row at the top of the list and the last at its bottom', () => {
    fc.assert(
      fc.property(lists, ({ input }) => {
        const top = layoutRows({ ...input, offset: 0 });
        expect(top.first).toBe(0);
        expect(top.tops[0]).toBe(0);
        const end = { ...input, offset: input.total - input.view };
        const bottom = layoutRows(end);
        expect(bottom.first + bottom.tops.length).toBe(input.count);
        expect(bottomOf(end, bottom.first, bottom.tops)).toBeCloseTo(input.total, 4);
      }),
    );
  });

  it('moves the rows a little for a little scroll: no row jumps', () => {
    fc.assert(
      fc.property(lists, fc.double({ min: 0.5, max: 4, noNaN: true }), ({ input, heights }, step) => {
        const next = { ...input, offset: Math.min(input.total - input.view, input.offset + step) };
        const moved = next.offset - input.offset;
        const a = layoutRows(input);
        const b = layoutRows(next);
        // How fast the rows can move against the view: the tallest row per share of the scroll.
        const rate = (input.count * Math.max(...heights) + input.view) / (input.total - input.view);
        for (let i = 0; i < b.tops.length; i++) {
          const row = b.first + i;
          const before = a.tops[row - a.first];
          if (before === undefined) continue;
          const shift = Math.abs(b.tops[i]! - next.offset - (before - input.offset));
          expect(shift).toBeLessThanOrEqual(rate * moved + 1e-6);
        }
      }),
    );
  });

  it('makes the list as tall as its rows guess, up to what browsers draw', () => {
    expect(listHeight(400, 64)).toBe(25_600);
    expect(listHeight(1_000_000, 64)).toBe(MAX_LIST_HEIGHT);
  });

  it('lays out nothing for an empty list', () => {
    expect(layoutRows({ count: 0, offset: 0, view: 500, total: 0, height: () => 40, overscan: 100 })).toEqual(
      {
        first: 0,
        tops: [],
      },
    );
  });
});

describe('revealOffset', () => {
  it('scrolls a row wholly into view, and leaves a row in view where it is', () => {
    fc.assert(
      fc.property(lists, fc.double({ min: 0, max: 1, noNaN: true }), ({ input }, which) => {
        const row = Math.min(input.count - 1, Math.floor(which * input.count));
        const offset = revealOffset(input, row);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(input.total - input.view);
        const { first, tops } = layoutRows({ ...input, offset });
        const top = tops[row - first];
        expect(top).toBeDefined();
        const inView = top! - offset;
        expect(inView).toBeGreaterThanOrEqual(-1);
        if (input.height(row) <= input.view)
          expect(inView + input.height(row)).toBeLessThanOrEqual(input.view + 1);
        // Shown already: nothing moves.
        expect(revealOffset({ ...input, offset }, row)).toBe(offset);
      }),
    );
  });

  it('moves the least: a row just below the view comes in at the bottom', () => {
    const input: RowLayoutInput = {
      count: 1000,
      offset: 0,
      view: 400,
      total: 40_000,
      height: () => 40,
      overscan: 0,
    };
    // Rows of the estimated height scroll one for one: row 12 (480 to 520) ends at the view's bottom.
    expect(revealOffset(input, 12)).toBeCloseTo(120, 1);
    expect(revealOffset({ ...input, offset: 120 }, 2)).toBeCloseTo(80, 1);
  });
});
