import { describe, expect, it } from 'vitest';
import { binEnd, binEvents, chooseBinUnit, formatBin, makeBins, MAX_BINS } from './bins';
import { dayFromParts, eventDayRange } from './dates';
import type { EventDate } from './event-schema';
import { buildTimeIndex } from './time-index';

const d = dayFromParts;

function indexOf(dates: EventDate[]) {
  const ranges = dates.map(eventDayRange).sort((a, b) => a.start - b.start || a.end - b.end);
  return buildTimeIndex(ranges);
}

describe('chooseBinUnit', () => {
  it('uses days for a day, a week or three months', () => {
    expect(chooseBinUnit(d(2025, 4, 15), d(2025, 4, 15))).toBe('day');
    expect(chooseBinUnit(d(2025, 4, 1), d(2025, 4, 7))).toBe('day');
    expect(chooseBinUnit(d(2025, 1, 1), d(2025, 3, 31))).toBe('day');
  });

  it('uses weeks for a year, months for five years, quarters for 22 and 30 years', () => {
    expect(chooseBinUnit(d(2024, 1, 1), d(2024, 12, 31))).toBe('week');
    expect(chooseBinUnit(d(2020, 1, 1), d(2024, 12, 31))).toBe('month');
    expect(chooseBinUnit(d(2003, 1, 1), d(2025, 4, 17))).toBe('quarter');
    expect(chooseBinUnit(d(1995, 1, 1), d(2024, 12, 31))).toBe('quarter');
  });

  it('uses years beyond 30 years', () => {
    expect(chooseBinUnit(d(1900, 1, 1), d(2024, 12, 31))).toBe('year');
  });

  it('keeps every extent from a few months to 30 years within 40 to 120 bins', () => {
    for (const [from, to] of [
      [d(2025, 1, 1), d(2025, 2, 20)],
      [d(2024, 1, 1), d(2024, 12, 31)],
      [d(2015, 1, 1), d(2024, 12, 31)],
      [d(1995, 1, 1), d(2024, 12, 31)],
    ] as const) {
      const bins = makeBins(from, to);
      expect(bins.starts.length, bins.unit).toBeGreaterThanOrEqual(40);
      expect(bins.starts.length, bins.unit).toBeLessThanOrEqual(MAX_BINS + 1);
    }
  });
});

describe('makeBins', () => {
  it('aligns months to the 1st and covers the whole range', () => {
    const bins = makeBins(d(2024, 3, 15), d(2024, 5, 2), 'month');
    expect([...bins.starts]).toEqual([d(2024, 3, 1), d(2024, 4, 1), d(2024, 5, 1)]);
    expect(binEnd(bins, 0)).toBe(d(2024, 3, 31));
    expect(binEnd(bins, 2)).toBe(d(2024, 5, 31));
  });

  it('starts weeks on Mondays and quarters in January, April, July and October', () => {
    expect(new Date(makeBins(d(2025, 4, 17), d(2025, 4, 30), 'week').starts[0]! * 864e5).getUTCDay()).toBe(1);
    expect([...makeBins(d(2024, 5, 5), d(2024, 12, 1), 'quarter').starts]).toEqual([
      d(2024, 4, 1),
      d(2024, 7, 1),
      d(2024, 10, 1),
    ]);
  });
});

describe('binEvents', () => {
  const bins = makeBins(d(2024, 1, 1), d(2024, 12, 31), 'month');

  it('counts a day-precise event as certain in its month', () => {
    const { certain, possible } = binEvents(indexOf([{ precision: 'day', value: '2024-03-22' }]), bins);
    expect(certain[2]).toBe(1);
    expect(certain.reduce((a, b) => a + b)).toBe(1);
    expect(possible.reduce((a, b) => a + b)).toBe(0);
  });

  it('counts a month-precise event as certain in month bins', () => {
    const { certain } = binEvents(indexOf([{ precision: 'month', value: '2024-07' }]), bins);
    expect(certain[6]).toBe(1);
  });

  it('counts a month-precise event as possible in each week it overlaps', () => {
    const weeks = makeBins(d(2024, 6, 20), d(2024, 8, 20), 'week');
    const { certain, possible } = binEvents(indexOf([{ precision: 'month', value: '2024-07' }]), weeks);
    expect(certain.reduce((a, b) => a + b)).toBe(0);
    // July 2024 runs Monday 1 to Wednesday 31: five Monday weeks.
    expect(possible.reduce((a, b) => a + b)).toBe(5);
  });

  it('counts a year-precise event as possible in every month', () => {
    const { certain, possible } = binEvents(indexOf([{ precision: 'year', value: '2024' }]), bins);
    expect([...possible]).toEqual(new Array(12).fill(1));
    expect(certain.reduce((a, b) => a + b)).toBe(0);
  });

  it('counts a span as possible in the months it overlaps, and only those inside the bins', () => {
    const { possible } = binEvents(
      indexOf([{ precision: 'span', start: '2023-11-15', end: '2024-02-10' }]),
      bins,
    );
    expect([...possible.slice(0, 3)]).toEqual([1, 1, 0]);
  });

  it('agrees with a window of exactly one bin: certain plus possible is what the window shows', () => {
    const dates: EventDate[] = [
      { precision: 'day', value: '2024-03-22' },
      { precision: 'month', value: '2024-03' },
      { precision: 'year', value: '2024' },
      { precision: 'span', start: '2024-02-20', end: '2024-03-02' },
      { precision: 'day', value: '2024-04-01' },
    ];
    const { certain, possible } = binEvents(indexOf(dates), bins);
    expect(certain[2]! + possible[2]!).toBe(4);
  });

  it('sums weights instead of counting when given them', () => {
    const index = indexOf([
      { precision: 'day', value: '2024-03-01' },
      { precision: 'day', value: '2024-03-02' },
    ]);
    const { certain } = binEvents(index, bins, Float64Array.from([10, 5]));
    expect(certain[2]).toBe(15);
  });
});

describe('formatBin', () => {
  it('names each unit in words', () => {
    expect(formatBin(makeBins(d(2025, 4, 15), d(2025, 4, 15), 'day'), 0)).toBe('15 April 2025');
    expect(formatBin(makeBins(d(2025, 4, 17), d(2025, 4, 17), 'week'), 0)).toBe('week of 14 April 2025');
    expect(formatBin(makeBins(d(2025, 4, 17), d(2025, 4, 17), 'month'), 0)).toBe('April 2025');
    expect(formatBin(makeBins(d(2025, 4, 17), d(2025, 4, 17), 'quarter'), 0)).toBe('Q2 2025 (Apr to Jun)');
    expect(formatBin(makeBins(d(2025, 4, 17), d(2025, 4, 17), 'year'), 0)).toBe('2025');
  });
});
