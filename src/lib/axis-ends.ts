import { dayToDate, partsFromDay, type Day } from './dates';
import { dateFormat } from './i18n/intl';
import type { DayRange } from './playback';
import type { Tick } from './scales';

/** True for the first day of a year, where the axis's tick names the year. */
function startsYear(day: Day): boolean {
  const { month, day: d } = partsFromDay(day);
  return month === 1 && d === 1;
}

/** A label for an end of the axis, as fine as its ticks: "2003", "Apr 2024" or "8 Apr", in the language shown. */
function endLabel(day: Day, ticks: readonly Tick[], length: number): string {
  const date = dayToDate(day);
  if (ticks.every((t) => startsYear(t.day)) && length > 730)
    return dateFormat({ year: 'numeric' }).format(date);
  if (length > 62) return dateFormat({ month: 'short', year: 'numeric' }).format(date);
  return dateFormat({ day: 'numeric', month: 'short' }).format(date);
}

/**
 * The axis ticks with both ends labelled, so the first and last period shown
 * are always named; ticks whose label would crowd an end lose their label.
 * The first and last ticks returned are the ends, at `startX` and `endX`.
 */
export function withEndLabels(
  ticks: readonly Tick[],
  view: DayRange,
  startX: number,
  endX: number,
  gap = 44,
): Tick[] {
  const length = view.end - view.start;
  const inner = ticks.map((t) => (t.x - startX < gap || endX - t.x < gap ? { ...t, label: '' } : t));
  return [
    { day: view.start, x: startX, label: endLabel(view.start, ticks, length) },
    ...inner,
    { day: view.end, x: endX, label: endLabel(view.end, ticks, length) },
  ];
}
