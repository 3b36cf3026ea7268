import { MONTHS, partsFromDay, type Day } from './dates';
import type { DayRange } from './playback';
import type { Tick } from './scales';

/** A label for an end of the axis, as fine as its ticks: "2003", "Apr 2024" or "8 Apr". */
function endLabel(day: Day, ticks: readonly Tick[], length: number): string {
  const { year, month, day: d } = partsFromDay(day);
  if (ticks.every((t) => /^\d{4}$/.test(t.label)) && length > 730) return String(year);
  const mon = MONTHS[month - 1]!.slice(0, 3);
  return length > 62 ? `${mon} ${year}` : `${d} ${mon}`;
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
