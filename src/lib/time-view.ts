import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { addMonths } from './slider-keys';
import { dayFromParts, dayToDate, formatDay, partsFromDay, type Day } from './dates';
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

/** Years in which at least one event starts or ends, ascending. */
export function yearsWithEvents(starts: Int32Array, ends: Int32Array): number[] {
  const years = new Set<number>();
  for (let i = 0; i < starts.length; i++) {
    years.add(partsFromDay(starts[i]!).year);
    years.add(partsFromDay(ends[i]!).year);
  }
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
