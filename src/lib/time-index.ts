import type { Day } from './dates';

/**
 * Events' day ranges in typed arrays, sorted by start day. Window queries use
 * binary search over the starts, bounded by the longest span, so their cost
 * follows the number of events near the window rather than the whole dataset.
 */
export interface TimeIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The longest event, in days, so a query knows how far back a span may start. */
  readonly maxLength: number;
  /** First and last day any event may fall on; null when there are no events. */
  readonly extent: { start: Day; end: Day } | null;
}

/** Builds an index over ranges that are already sorted by start day. */
export function buildTimeIndex(ranges: ReadonlyArray<{ start: Day; end: Day }>): TimeIndex {
  const n = ranges.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let maxLength = 0;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = ranges[i]!;
    if (r.start < (i > 0 ? starts[i - 1]! : -Infinity)) {
      throw new Error(`buildTimeIndex: range ${i} is out of order`);
    }
    starts[i] = r.start;
    ends[i] = r.end;
    maxLength = Math.max(maxLength, r.end - r.start);
    last = Math.max(last, r.end);
  }
  const extent = n > 0 ? { start: starts[0]!, end: last } : null;
  return { starts, ends, maxLength, extent };
}

/** The first position whose start is at least `day`. */
export function lowerBound(sorted: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions of the events whose range overlaps the inclusive window [from, to],
 * in date order. An event known only to the month, the year or as a span is
 * in the window when any of its days is.
 */
export function queryWindow(index: TimeIndex, from: Day, to: Day): Int32Array {
  const { starts, ends } = index;
  const lo = lowerBound(starts, from - index.maxLength);
  const hi = lowerBound(starts, to + 1);
  const out = new Int32Array(Math.max(0, hi - lo));
  let n = 0;
  for (let i = lo; i < hi; i++) {
    if (ends[i]! >= from) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** Whether the event is certainly inside the window, or only may fall in it. */
export function isCertainlyInside(index: TimeIndex, position: number, from: Day, to: Day): boolean {
  return index.starts[position]! >= from && index.ends[position]! <= to;
}
