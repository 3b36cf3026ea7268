import { addMonths } from './slider-keys';
import { dayFromParts, formatDay, MONTHS, partsFromDay, type Day } from './dates';
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
    { id: 'all', label: 'All dates', range: extent },
    {
      id: 'last-12-months',
      label: 'Last 12 months of data',
      range: { start: lastYearStart, end: extent.end },
    },
    ...years.map((year) => ({
      id: String(year),
      label: String(year),
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

/**
 * A window in words for announcements: "March 2024 to April 2025" for long
 * windows, "3 to 17 March 2024" or "15 April 2025" for short ones.
 */
export function describeWindow(window: DayRange): string {
  const a = partsFromDay(window.start);
  const b = partsFromDay(window.end);
  if (window.start === window.end) return formatDay(window.start);
  if (window.end - window.start < 62) {
    if (a.year === b.year && a.month === b.month)
      return `${a.day} to ${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
    return `${formatDay(window.start)} to ${formatDay(window.end)}`;
  }
  if (a.year === b.year && a.month === 1 && b.month === 12 && a.day === 1 && b.day === 31)
    return String(a.year);
  return `${MONTHS[a.month - 1]} ${a.year} to ${MONTHS[b.month - 1]} ${b.year}`;
}
