import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeIndex, isCertainlyInside, lowerBound, queryWindow } from './time-index';

const ranges = [
  { start: 0, end: 364 }, // a whole year
  { start: 100, end: 100 },
  { start: 200, end: 230 }, // a month
  { start: 400, end: 400 },
  { start: 400, end: 500 }, // a span
  { start: 900, end: 900 },
];
const index = buildTimeIndex(ranges);

function brute(from: number, to: number): number[] {
  return ranges.flatMap((r, i) => (r.start <= to && r.end >= from ? [i] : []));
}

describe('buildTimeIndex', () => {
  it('records the extent and the longest event', () => {
    expect(index.extent).toEqual({ start: 0, end: 900 });
    expect(index.maxLength).toBe(364);
  });

  it('has no extent when empty', () => {
    expect(buildTimeIndex([]).extent).toBeNull();
  });

  it('refuses ranges that are not sorted by start', () => {
    expect(() =>
      buildTimeIndex([
        { start: 5, end: 5 },
        { start: 1, end: 1 },
      ]),
    ).toThrow(/out of order/);
  });
});

describe('lowerBound', () => {
  it('finds the first position at or after a value', () => {
    const sorted = Int32Array.from([1, 3, 3, 7]);
    expect(lowerBound(sorted, 0)).toBe(0);
    expect(lowerBound(sorted, 3)).toBe(1);
    expect(lowerBound(sorted, 4)).toBe(3);
    expect(lowerBound(sorted, 8)).toBe(4);
  });
});

describe('queryWindow', () => {
  it('finds everything in the full extent', () => {
    expect([...queryWindow(index, 0, 900)]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a year-precise event whose year only touches the window edge', () => {
    expect([...queryWindow(index, 364, 364)]).toEqual([0]);
    expect([...queryWindow(index, 365, 399)]).toEqual([]);
  });

  it('keeps a month or span that starts before the window and ends inside it', () => {
    expect([...queryWindow(index, 230, 300)]).toEqual([0, 2]);
    expect([...queryWindow(index, 450, 450)]).toEqual([4]);
  });

  it('includes both edges of the window', () => {
    expect([...queryWindow(index, 100, 100)]).toEqual([0, 1]);
    expect([...queryWindow(index, 900, 1000)]).toEqual([5]);
  });

  it('agrees with a scan of every event for every small window', () => {
    for (let from = -5; from < 910; from += 7) {
      for (const width of [0, 1, 30, 120]) {
        expect([...queryWindow(index, from, from + width)]).toEqual(brute(from, from + width));
      }
    }
  });
});

describe('queryWindow on random events', () => {
  it('gives every event overlapping the window, once, in order, like a scan, whatever the events and the window', () => {
    // Days, months, long spans and years: the query reads short and long events differently.
    const length = fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 90 }),
      fc.integer({ min: 300, max: 400 }),
    );
    const range = fc
      .tuple(fc.integer({ min: -50, max: 400 }), length)
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 60 }),
        fc.integer({ min: -200, max: 600 }),
        fc.integer({ min: 0, max: 300 }),
        (unsorted, from, width) => {
          const sorted = [...unsorted].sort((a, b) => a.start - b.start);
          const at = buildTimeIndex(sorted);
          const to = from + width;
          const scan = sorted.flatMap((r, i) => (r.start <= to && r.end >= from ? [i] : []));
          // Asked twice: the second answer reuses what the first made, and must not differ.
          expect([...queryWindow(at, from, to)]).toEqual(scan);
          expect([...queryWindow(at, from, to)]).toEqual(scan);
        },
      ),
    );
  });
});

describe('queryWindow at the edge between short and long events', () => {
  it('finds an event of any length from 0 to 400 days in every window that reaches it, and in no other', () => {
    const events = Array.from({ length: 401 }, (_, length) => ({ start: 1000, end: 1000 + length }));
    const at = buildTimeIndex(events);
    for (let from = 990; from <= 1410; from++) {
      const scan = events.flatMap((r, i) => (r.end >= from && r.start <= from + 2 ? [i] : []));
      expect([...queryWindow(at, from, from + 2)]).toEqual(scan);
    }
  });
});

describe('isCertainlyInside', () => {
  it('tells events wholly inside from those only partly inside', () => {
    expect(isCertainlyInside(index, 2, 200, 230)).toBe(true);
    expect(isCertainlyInside(index, 2, 210, 300)).toBe(false);
    expect(isCertainlyInside(index, 1, 100, 100)).toBe(true);
  });
});

describe('sortByRange', () => {
  it('orders by start, then end, then input position, with the fast and the fallback path alike', async () => {
    const { sortByRange } = await import('./dataset');
    const make = (start: number, end: number) => ({ id: '', lon: 0, lat: 0, start, end, props: {} as never });
    const events = [make(5, 9), make(1, 400), make(5, 5), make(1, 1), make(5, 9)];
    expect([...sortByRange(events)]).toEqual([3, 1, 2, 0, 4]);
    // A span of 200 years takes the comparator path; the order must be the same.
    const long = [...events, make(-40000, 40000)];
    expect([...sortByRange(long)]).toEqual([5, 3, 1, 2, 0, 4]);
  });

  it('gives the order of a comparator sort for any days, over columns as over events', async () => {
    const { orderByDays, sortByRange } = await import('./dataset');
    const day = fc.integer({ min: -60_000, max: 60_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.nat({ max: 40_000 })), { maxLength: 60 }), (ranges) => {
        const start = Int32Array.from(ranges, ([s]) => s);
        const end = Int32Array.from(ranges, ([s, length]) => s + length);
        const expected = ranges
          .map((_, i) => i)
          .sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
        expect([...orderByDays(start, end)]).toEqual(expected);
        const events = ranges.map((_, i) => ({
          id: '',
          lon: 0,
          lat: 0,
          start: start[i]!,
          end: end[i]!,
          props: {} as never,
        }));
        expect([...sortByRange(events)]).toEqual(expected);
      }),
    );
  });
});
