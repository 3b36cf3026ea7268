import type { Bins } from './bins';
import { lowerBound } from './time-index';
import type { Day } from './dates';

/**
 * Where a dragged handle lands: the bin boundary nearest the day under the
 * pointer, so a handle moves by the histogram's unit (day, week, month,
 * quarter or year) at the current zoom. The start handle takes the first day
 * of a bin, the end handle the last day of the bin before the boundary.
 */
export function snapToBin(bins: Bins, day: Day, edge: 'start' | 'end'): Day {
  const { starts } = bins;
  const boundary = (k: number) => (k < starts.length ? starts[k]! : bins.end);
  const k = Math.min(starts.length, lowerBound(starts, day));
  const after = boundary(k);
  const before = k > 0 ? boundary(k - 1) : after;
  const nearest = day - before <= after - day ? before : after;
  return edge === 'start' ? nearest : nearest - 1;
}
