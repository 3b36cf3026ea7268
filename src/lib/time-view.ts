import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { addMonths } from './slider-keys';
import { dateToDay, dayFromParts, dayToDate, formatDay, partsFromDay, type Day } from './dates';
import { dateFormat } from './i18n/intl';
import type { DayRange } from './playback';

/**
 * The axis zoomed by `factor` (below 1 zooms in) around an anchor day, which
 * stays at the same place on screen.
 */
export function zoomView(
  view: DayRange,
  factor: number,
  anchor: Day = (view.start + view.end) / 2,
): DayRange {
  const length = (view.end - view.start) * factor;
  const share = view.end > view.start ? (anchor - view.start) / (view.end - view.start) : 0.5;
  const start = Math.round(anchor - length * share);
  return { start, end: Math.round(start + length) };
}

/** The axis moved by a share of its length (negative: earlier). */
export function panView(view: DayRange, share: number): DayRange {
  const shift = Math.round((view.end - view.start) * share);
  return { start: view.start + shift, end: view.end + shift };
}

export interface Period {
  readonly id: string;
  readonly label: string;
  readonly range: DayRange;
}

/**
 * Quick choices of period: all dates, the last 12 months of data, and each
 * year with at least one event in it.
 */
export function periodPresets(extent: DayRange, years: readonly number[]): Period[] {
  const lastYearStart = Math.max(extent.start, addMonths(extent.end, -12) + 1);
  return [
    {
      id: 'all',
      label: t({ comment: 'A choice of period on the timeline: every date', message: 'All dates' }),
      range: extent,
    },
    {
      id: 'last-12-months',
      label: t({
        comment: 'A choice of period on the timeline: the 12 months up to the last event',
        message: 'Last 12 months of data',
      }),
      range: { start: lastYearStart, end: extent.end },
    },
    ...years.map((year) => ({
      id: String(year),
      label: yearText(year),
      range: {
        start: Math.max(extent.start, dayFromParts(year, 1, 1)),
        end: Math.min(extent.end, dayFromParts(year, 12, 31)),
      },
    })),
  ];
}

/** Beyond this many days (about 11,000 years) between the first and last, a byte each, each day is read as a date. */
const MAX_DAY_SPAN = 4_000_000;

/**
 * Years in which at least one event starts or ends, ascending. The days used
 * are marked, then each year's days looked through: at 1,000,000 events,
 * reading each day as a date cost 200 ms of the load.
 */
export function yearsWithEvents(starts: Int32Array, ends: Int32Array): number[] {
  let low = Infinity;
  let high = -Infinity;
  for (const days of [starts, ends]) {
    for (let i = 0; i < days.length; i++) {
      const day = days[i]!;
      if (day < low) low = day;
      if (day > high) high = day;
    }
  }
  if (low > high) return [];
  const first = partsFromDay(low).year;
  const last = partsFromDay(high).year;
  // A day beyond what a date can hold has no year (NaN): read one by one, as dates.
  if (!(high - low < MAX_DAY_SPAN && last >= first)) return yearsOfEachDay(starts, ends);
  const used = new Uint8Array(high - low + 1);
  for (const days of [starts, ends]) for (let i = 0; i < days.length; i++) used[days[i]! - low] = 1;
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    const from = Math.max(0, firstDayOfYear(year) - low);
    const to = Math.min(used.length, firstDayOfYear(year + 1) - low);
    if (used.subarray(from, to).includes(1)) years.push(year);
  }
  return years;
}

/**
 * The day of 1 January of a year, for any year (Date.UTC reads years 0 to 99
 * as 1900 to 1999). Here, not in dates.ts, which the first screen loads.
 */
export function firstDayOfYear(year: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return dateToDay(date);
}

function yearsOfEachDay(starts: Int32Array, ends: Int32Array): number[] {
  const years = new Set<number>();
  for (const days of [starts, ends]) for (const day of days) years.add(partsFromDay(day).year);
  return [...years].sort((a, b) => a - b);
}

/** A year in the language shown: "2024". */
function yearText(year: number): string {
  return dateFormat({ year: 'numeric' }).format(dayToDate(dayFromParts(year, 1, 1)));
}

/** "March 2024", in the language shown. */
function monthYear(day: Day): string {
  return dateFormat({ month: 'long', year: 'numeric' }).format(dayToDate(day));
}

/**
 * A window in words for announcements: "March 2024 to April 2025" for long
 * windows, "3 to 17 March 2024" or "15 April 2025" for short ones.
 */
export function describeWindow(window: DayRange): string {
  const a = partsFromDay(window.start);
  const b = partsFromDay(window.end);
  if (window.start === window.end) return formatDay(window.start);
  if (window.end - window.start < 62) {
    if (a.year === b.year && a.month === b.month) {
      const startDay = i18n.number(a.day);
      const endDate = formatDay(window.end);
      return t({
        comment:
          'Days within one month: "3 to 17 March 2024"; {startDay} is the first day\'s number, {endDate} the last day',
        message: `${startDay} to ${endDate}`,
      });
    }
    const from = formatDay(window.start);
    const to = formatDay(window.end);
    return t({ comment: 'A period of days: "20 March 2024 to 10 April 2024"', message: `${from} to ${to}` });
  }
  if (a.year === b.year && a.month === 1 && b.month === 12 && a.day === 1 && b.day === 31)
    return yearText(a.year);
  const from = monthYear(window.start);
  const to = monthYear(window.end);
  return t({ comment: 'A period of months: "March 2024 to April 2025"', message: `${from} to ${to}` });
}
