import { describe, expect, it } from 'vitest';
import { dayFromParts } from './dates';
import { describeSkip, eventDays, firstEventFrom, hasEventIn, skipEmpty } from './playback-skip';
import { buildTimeIndex } from './time-index';

const d = dayFromParts;
// Two events in 2005, a year-long one in 2016, one on a day in 2020.
const index = buildTimeIndex([
  { start: d(2005, 3, 1), end: d(2005, 3, 1) },
  { start: d(2005, 6, 1), end: d(2005, 6, 1) },
  { start: d(2016, 1, 1), end: d(2016, 12, 31) },
  { start: d(2020, 5, 5), end: d(2020, 5, 5) },
]);
const all = eventDays(index);
const view = { start: d(2005, 1, 1), end: d(2020, 12, 31) };

describe('hasEventIn and firstEventFrom', () => {
  it('finds a long event that started before the window', () => {
    expect(hasEventIn(all, d(2016, 6, 1), d(2016, 6, 30))).toBe(true);
    expect(hasEventIn(all, d(2010, 1, 1), d(2010, 12, 31))).toBe(false);
  });

  it('gives the first day an event covers', () => {
    expect(firstEventFrom(all, d(2006, 1, 1))).toBe(d(2016, 1, 1));
    expect(firstEventFrom(all, d(2016, 4, 1))).toBe(d(2016, 4, 1));
    expect(firstEventFrom(all, d(2021, 1, 1))).toBeNull();
  });

  it('only counts the events the filters keep', () => {
    const some = eventDays(index, Int32Array.from([3]));
    expect(firstEventFrom(some, view.start)).toBe(d(2020, 5, 5));
  });
});

describe('skipEmpty', () => {
  it('jumps a moving window over empty years so the next event enters at its end', () => {
    const window = { start: d(2006, 1, 1), end: d(2006, 12, 31) };
    const next = skipEmpty(all, view, window, 'window', 30);
    expect(next.window).toEqual({ start: d(2016, 1, 1) - 364, end: d(2016, 1, 1) });
    expect(next.skipped).toEqual({ start: d(2007, 1, 1), end: d(2015, 12, 31) });
  });

  it('keeps stepping while the window holds an event or the next one is a few steps away', () => {
    const holding = { start: d(2005, 1, 1), end: d(2005, 12, 31) };
    expect(skipEmpty(all, view, holding, 'window', 30).skipped).toBeNull();
    const near = { start: d(2015, 1, 1), end: d(2015, 11, 1) };
    expect(skipEmpty(all, view, near, 'window', 30).skipped).toBeNull();
  });

  it('jumps to the end of the axis when no event is left', () => {
    const window = { start: d(2020, 6, 1), end: d(2020, 6, 30) };
    expect(skipEmpty(all, view, window, 'window', 10).window.end).toBe(view.end);
  });

  it('grows a cumulative window straight to the next event', () => {
    const window = { start: view.start, end: d(2006, 1, 1) };
    const next = skipEmpty(all, view, window, 'cumulative', 30);
    expect(next.window).toEqual({ start: view.start, end: d(2016, 1, 1) });
  });
});

describe('describeSkip', () => {
  it('names years for a long stretch and days for a short one', () => {
    expect(describeSkip({ start: d(2009, 1, 1), end: d(2014, 12, 31) }, false)).toBe(
      'Skipped 2009 to 2014: no events',
    );
    expect(describeSkip({ start: d(2009, 1, 1), end: d(2009, 3, 1) }, true)).toBe(
      'Skipped 1 January 2009 to 1 March 2009: no matching events',
    );
  });
});
