import { describe, expect, it } from 'vitest';
import { dayFromParts } from './dates';
import { makeTimeScale, tickLabel, timeTicks } from './scales';

describe('time scale and ticks', () => {
  it('maps the first day to the left edge and the end of the last day to the right', () => {
    const start = dayFromParts(2003, 1, 1);
    const end = dayFromParts(2025, 4, 17);
    const scale = makeTimeScale({ start, end }, 1000);
    expect(scale(new Date(Date.UTC(2003, 0, 1)))).toBe(0);
    expect(scale(new Date(Date.UTC(2025, 3, 18)))).toBe(1000);
  });

  it('labels a 22-year axis in years', () => {
    const scale = makeTimeScale({ start: dayFromParts(2003, 1, 1), end: dayFromParts(2025, 4, 17) }, 800);
    const ticks = timeTicks(scale);
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(t.label).toMatch(/^\d{4}$/);
  });

  it('labels a few months in months and a few days in days', () => {
    const months = timeTicks(
      makeTimeScale({ start: dayFromParts(2025, 1, 1), end: dayFromParts(2025, 6, 30) }, 800),
    );
    expect(months.some((t) => /^[A-Z][a-z]+$/.test(t.label))).toBe(true);
    const days = timeTicks(
      makeTimeScale({ start: dayFromParts(2025, 4, 1), end: dayFromParts(2025, 4, 10) }, 800),
    );
    expect(days.some((t) => /^\d{1,2} [A-Z][a-z]{2}$/.test(t.label))).toBe(true);
    for (const t of days) expect(t.label).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|April)$/);
  });

  it('names a new year by its number, a new month by its name and other days by day and month', () => {
    expect(tickLabel(new Date(Date.UTC(2024, 0, 1)))).toBe('2024');
    expect(tickLabel(new Date(Date.UTC(2024, 2, 1)))).toBe('March');
    expect(tickLabel(new Date(Date.UTC(2024, 2, 22)))).toBe('22 Mar');
  });

  it('puts ticks on whole days only, even on a two-day axis', () => {
    const scale = makeTimeScale({ start: dayFromParts(2024, 3, 22), end: dayFromParts(2024, 3, 23) }, 1200);
    const ticks = timeTicks(scale);
    expect(ticks.map((t) => t.label)).toEqual(['22 Mar', '23 Mar', '24 Mar']);
    expect(ticks[0]!.x).toBe(0);
    expect(ticks[2]!.x).toBe(1200);
  });

  it('inverts a pixel back to its date', () => {
    const scale = makeTimeScale({ start: dayFromParts(2024, 1, 1), end: dayFromParts(2024, 12, 31) }, 366);
    expect(scale.invert(31).toISOString().slice(0, 10)).toBe('2024-02-01');
  });
});
