import { describe, expect, it } from 'vitest';
import { makeBins } from './bins';
import { dayFromParts } from './dates';
import { snapToBin } from './snap';

const bins = makeBins(dayFromParts(2020, 1, 1), dayFromParts(2024, 12, 31), 'month');

describe('snapToBin', () => {
  it('puts the start handle on the first day of the nearest month', () => {
    expect(snapToBin(bins, dayFromParts(2022, 3, 10), 'start')).toBe(dayFromParts(2022, 3, 1));
    expect(snapToBin(bins, dayFromParts(2022, 3, 20), 'start')).toBe(dayFromParts(2022, 4, 1));
  });

  it('puts the end handle on the last day of a month', () => {
    expect(snapToBin(bins, dayFromParts(2022, 3, 10), 'end')).toBe(dayFromParts(2022, 2, 28));
    expect(snapToBin(bins, dayFromParts(2022, 3, 20), 'end')).toBe(dayFromParts(2022, 3, 31));
  });

  it('keeps a day already on a boundary', () => {
    expect(snapToBin(bins, dayFromParts(2023, 7, 1), 'start')).toBe(dayFromParts(2023, 7, 1));
  });

  it('reaches the end of the last bin', () => {
    expect(snapToBin(bins, dayFromParts(2024, 12, 30), 'end')).toBe(dayFromParts(2024, 12, 31));
    expect(snapToBin(bins, dayFromParts(2019, 12, 30), 'start')).toBe(dayFromParts(2020, 1, 1));
  });

  it('follows the unit of the bins: years', () => {
    const years = makeBins(dayFromParts(2003, 1, 1), dayFromParts(2025, 6, 30), 'year');
    expect(snapToBin(years, dayFromParts(2010, 5, 1), 'start')).toBe(dayFromParts(2010, 1, 1));
    expect(snapToBin(years, dayFromParts(2010, 8, 1), 'end')).toBe(dayFromParts(2010, 12, 31));
  });
});
