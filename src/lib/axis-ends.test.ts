import { describe, expect, it } from 'vitest';
import { withEndLabels } from './axis-ends';
import { dayFromParts } from './dates';

const d = dayFromParts;
const view = { start: d(2003, 3, 5), end: d(2025, 6, 30) };
const years = [2005, 2010, 2015, 2020, 2025].map((y, k) => ({
  day: d(y, 1, 1),
  x: 100 + k * 200,
  label: String(y),
}));

describe('withEndLabels', () => {
  it('names the first and last year of a long axis', () => {
    const ticks = withEndLabels(years, view, 18, 1000);
    expect(ticks[0]).toMatchObject({ x: 18, label: '2003' });
    expect(ticks.at(-1)).toMatchObject({ x: 1000, label: '2025' });
  });

  it('drops the label of a tick that would crowd an end', () => {
    const labels = withEndLabels(years, view, 18, 920).map((t) => t.label);
    expect(labels).toEqual(['2003', '2005', '2010', '2015', '2020', '', '2025']);
  });

  it('names months and days on shorter axes', () => {
    const months = [{ day: d(2024, 4, 1), x: 200, label: 'April' }];
    expect(withEndLabels(months, { start: d(2024, 1, 10), end: d(2024, 9, 2) }, 0, 800)[0]!.label).toBe(
      'Jan 2024',
    );
    expect(withEndLabels(months, { start: d(2024, 3, 10), end: d(2024, 4, 20) }, 0, 800)[0]!.label).toBe(
      '10 Mar',
    );
  });
});
