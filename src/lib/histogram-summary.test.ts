import { describe, expect, it } from 'vitest';
import { makeBins } from './bins';
import { dayFromParts } from './dates';
import { summarizeHistogram } from './histogram-summary';

const bins = makeBins(dayFromParts(2020, 1, 1), dayFromParts(2020, 12, 31), 'month');
const counts = (certain: number[], possible: number[] = []) => ({
  certain: Float64Array.from({ length: 12 }, (_, k) => certain[k] ?? 0),
  possible: Float64Array.from({ length: 12 }, (_, k) => possible[k] ?? 0),
});

describe('summarizeHistogram', () => {
  it('names the unit, the range, the total and the busiest bar', () => {
    expect(summarizeHistogram(bins, counts([1, 0, 5, 2]), 8)).toBe(
      'Events per month, 2020: 8 events; busiest March 2020, with 5',
    );
  });

  it('counts events that may fall in a bar towards its height', () => {
    expect(summarizeHistogram(bins, counts([1], [0, 3]), 2)).toMatch(/busiest February 2020, with 3$/);
  });

  it('says so when there is nothing', () => {
    expect(summarizeHistogram(bins, counts([]), 0)).toBe('Events per month, 2020: 0 events');
  });
});
