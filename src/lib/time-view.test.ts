import { describe, expect, it } from 'vitest';
import { dayFromParts as d } from './dates';
import { describeWindow, panView, periodPresets, yearsWithEvents, zoomView } from './time-view';

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
