import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { dateToDay, dayToDate, formatDay, monthName, partsFromDay, type Day } from './dates';
import { dateFormat } from './i18n/intl';
import { lowerBound, queryWindow, type TimeIndex } from './time-index';

export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const UNITS: ReadonlyArray<{ unit: BinUnit; interval: TimeInterval; days: number }> = [
  { unit: 'day', interval: utcDay, days: 1 },
  { unit: 'week', interval: utcMonday, days: 7 },
  { unit: 'month', interval: utcMonth, days: 30.44 },
  { unit: 'quarter', interval: utcMonth.every(3)!, days: 91.31 },
  { unit: 'year', interval: utcYear, days: 365.25 },
];

/** The most bins a histogram gets (about 120, with room for 30 years of quarters). */
export const MAX_BINS = 125;

/**
 * The finest calendar unit that gives at most 120 bins over the days shown:
 * about 40 to 120 bins for any span from a few months to decades.
 */
export function chooseBinUnit(from: Day, to: Day): BinUnit {
  const days = to - from + 1;
  return (UNITS.find((u) => days / u.days <= MAX_BINS) ?? UNITS[UNITS.length - 1]!).unit;
}

export interface Bins {
  readonly unit: BinUnit;
  /** First day of each bin; bin k ends the day before bin k+1 starts. */
  readonly starts: Int32Array;
  /** The day after the last bin. */
  readonly end: Day;
}

/** Calendar bins of a unit covering [from, to], aligned to the calendar (months start on the 1st). */
export function makeBins(from: Day, to: Day, unit: BinUnit = chooseBinUnit(from, to)): Bins {
  const { interval } = UNITS.find((u) => u.unit === unit)!;
  const first = interval.floor(dayToDate(from));
  const after = interval.offset(interval.floor(dayToDate(to)), 1);
  const starts = Int32Array.from(interval.range(first, after), dateToDay);
  return { unit, starts, end: dateToDay(after) };
}

export function binStart(bins: Bins, k: number): Day {
  return bins.starts[k]!;
}

/** Last day of bin k, inclusive. */
export function binEnd(bins: Bins, k: number): Day {
  return (k + 1 < bins.starts.length ? bins.starts[k + 1]! : bins.end) - 1;
}

export interface BinCounts {
  /** Events whose whole date range lies inside the bin. */
  readonly certain: Float64Array;
  /** Events whose range overlaps the bin but runs beyond it (month, year, spans): they may fall in it. */
  readonly possible: Float64Array;
}

/**
 * Counts events per bin. The rule: an event whose whole range lies inside one
 * bin counts as certain there; an event whose range runs over several bins
 * (a month-precise event in week bins, a year in month bins, a span) counts
 * as possible in every bin it overlaps. So a bin's two numbers add up to the
 * events a window of exactly that bin would show. `weights` (e.g. people
 * killed per event) sums those instead of counting. Linear in the events near
 * the bins: spans are added with a difference array, not bin by bin.
 */
export function binEvents(index: TimeIndex, bins: Bins, weights?: Float64Array): BinCounts {
  const n = bins.starts.length;
  const certain = new Float64Array(n);
  const diff = new Float64Array(n + 1);
  if (n === 0) return { certain, possible: new Float64Array(0) };
  const first = bins.starts[0]!;
  const last = bins.end - 1;
  const candidates = queryWindow(index, first, last);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const s = index.starts[i]!;
    const e = index.ends[i]!;
    const a = binOf(bins, Math.max(s, first));
    const b = binOf(bins, Math.min(e, last));
    if (a === b && s >= bins.starts[a]! && e <= binEnd(bins, a)) {
      certain[a] = certain[a]! + w;
    } else {
      diff[a] = diff[a]! + w;
      diff[b + 1] = diff[b + 1]! - w;
    }
  }
  const possible = new Float64Array(n);
  let running = 0;
  for (let k = 0; k < n; k++) {
    running += diff[k]!;
    possible[k] = running;
  }
  return { certain, possible };
}

/** The bin a day falls in (the day must lie within the bins). */
export function binOf(bins: Bins, day: Day): number {
  const k = lowerBound(bins.starts, day + 1) - 1;
  return Math.max(0, Math.min(bins.starts.length - 1, k));
}

/** A bin's period in words: "15 April 2025", "week of 14 April 2025", "April 2025", "Q2 2025 (Apr to Jun)", "2025". */
export function formatBin(bins: Bins, k: number): string {
  const start = binStart(bins, k);
  const { month } = partsFromDay(start);
  switch (bins.unit) {
    case 'day':
      return formatDay(start);
    case 'week': {
      const date = formatDay(start);
      return t({
        comment: 'A bar of the histogram: the week that starts on {date}',
        message: `week of ${date}`,
      });
    }
    case 'month':
      return dateFormat({ month: 'long', year: 'numeric' }).format(dayToDate(start));
    case 'quarter': {
      const quarter = i18n.number(Math.floor((month - 1) / 3) + 1);
      const year = dateFormat({ year: 'numeric' }).format(dayToDate(start));
      const first = monthName(month, true);
      const last = monthName(month + 2, true);
      return t({
        comment:
          'A bar of the histogram: a quarter of a year, "Q2 2025 (Apr to Jun)"; {first} and {last} are short month names',
        message: `Q${quarter} ${year} (${first} to ${last})`,
      });
    }
    case 'year':
      return dateFormat({ year: 'numeric' }).format(dayToDate(start));
  }
}
