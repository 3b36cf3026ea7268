import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts as d, partsFromDay } from './dates';
import {
  describeWindow,
  firstDayOfYear,
  panView,
  periodPresets,
  yearsWithEvents,
  zoomView,
} from './time-view';

describe('zoomView', () => {
  it('halves the axis around its centre by default', () => {
    expect(zoomView({ start: 0, end: 100 }, 0.5)).toEqual({ start: 25, end: 75 });
  });

  it('keeps the anchor day where it is on screen', () => {
    const zoomed = zoomView({ start: 0, end: 100 }, 0.5, 80);
    expect(zoomed).toEqual({ start: 40, end: 90 });
    expect((80 - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.8);
  });

  it('zooms out with a factor above 1', () => {
    expect(zoomView({ start: 40, end: 60 }, 2)).toEqual({ start: 30, end: 70 });
  });
});

describe('panView', () => {
  it('moves by a share of the axis', () => {
    expect(panView({ start: 100, end: 200 }, -0.25)).toEqual({ start: 75, end: 175 });
  });
});

describe('periodPresets', () => {
  const extent = { start: d(2003, 1, 1), end: d(2025, 4, 17) };
  const presets = periodPresets(extent, [2003, 2020, 2025]);

  it('offers all dates, the last 12 months of data and each year', () => {
    expect(presets.map((p) => p.label)).toEqual([
      'All dates',
      'Last 12 months of data',
      '2003',
      '2020',
      '2025',
    ]);
    expect(presets[1]!.range).toEqual({ start: d(2024, 4, 18), end: d(2025, 4, 17) });
  });

  it('keeps each year inside the data', () => {
    expect(presets[4]!.range).toEqual({ start: d(2025, 1, 1), end: d(2025, 4, 17) });
    expect(presets[2]!.range).toEqual({ start: d(2003, 1, 1), end: d(2003, 12, 31) });
  });
});

describe('yearsWithEvents', () => {
  it('lists each year an event starts or ends in, once', () => {
    expect(
      yearsWithEvents(
        Int32Array.from([d(2003, 1, 1), d(2020, 5, 1)]),
        Int32Array.from([d(2003, 12, 31), d(2021, 2, 1)]),
      ),
    ).toEqual([2003, 2020, 2021]);
  });

  it('gives the calendar year of every start and end, in any order, as reading each as a date does', () => {
    const byDate = (starts: Int32Array, ends: Int32Array) =>
      [...new Set([...starts, ...ends].map((day) => partsFromDay(day).year))].sort((a, b) => a - b);
    // Days from about 300 BC to AD 2300, and days on either side of a few new years (so that one
    // list often holds both), in date order or not.
    const year = fc.oneof(fc.integer({ min: -1, max: 2 }), fc.integer({ min: 2019, max: 2022 }));
    const day = fc.oneof(
      fc.integer({ min: -830_000, max: 120_000 }),
      fc.tuple(year, fc.integer({ min: -2, max: 1 })).map(([year, shift]) => firstDayOfYear(year) + shift),
    );
    const days = fc.array(day, { maxLength: 60 });
    fc.assert(
      fc.property(days, days, fc.boolean(), (a, b, sorted) => {
        const starts = Int32Array.from(sorted ? [...a].sort((x, y) => x - y) : a);
        const ends = Int32Array.from(b);
        expect(yearsWithEvents(starts, ends)).toEqual(byDate(starts, ends));
      }),
    );
  });

  it('reads years before 100 as themselves, days a date cannot hold as no year, and years far apart', () => {
    const year50 = partsFromDay(-700_000).year;
    expect(year50).toBeLessThan(100);
    expect(yearsWithEvents(Int32Array.from([-700_000]), Int32Array.from([d(2020, 1, 1)]))).toEqual([
      year50,
      2020,
    ]);
    expect(yearsWithEvents(Int32Array.from([0]), Int32Array.from([200_000_000]))).toEqual([1970, NaN]);
    expect(yearsWithEvents(new Int32Array(0), new Int32Array(0))).toEqual([]);
    // Sixteen thousand years apart: read day by day.
    const far = [-3_000_000, 3_000_000].map((day) => partsFromDay(day).year);
    expect(yearsWithEvents(Int32Array.from([-3_000_000]), Int32Array.from([3_000_000]))).toEqual(far);
  });
});

describe('describeWindow', () => {
  it('names long windows by month', () => {
    expect(describeWindow({ start: d(2024, 3, 5), end: d(2025, 4, 17) })).toBe('March 2024 to April 2025');
  });

  it('names a whole year as the year', () => {
    expect(describeWindow({ start: d(2024, 1, 1), end: d(2024, 12, 31) })).toBe('2024');
  });

  it('names short windows by day', () => {
    expect(describeWindow({ start: d(2024, 3, 3), end: d(2024, 3, 17) })).toBe('3 to 17 March 2024');
    expect(describeWindow({ start: d(2024, 3, 20), end: d(2024, 4, 10) })).toBe(
      '20 March 2024 to 10 April 2024',
    );
    expect(describeWindow({ start: d(2025, 4, 15), end: d(2025, 4, 15) })).toBe('15 April 2025');
  });
});
