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
  const { every, long } = lookupsOf(index);
  const lo = lowerBound(starts, from - index.maxLength);
  const hi = lowerBound(starts, to + 1);
  // Starting in the window: all in it. Starting a little before: each checked. Starting long
  // before: only the long events can reach into the window, and only those are read.
  const inside = Math.min(hi, Math.max(lo, lowerBound(starts, from)));
  const near = Math.min(inside, Math.max(lo, lowerBound(starts, from - SHORT_DAYS)));
  const longFirst = lowerBound(long, lo);
  const longEnd = lowerBound(long, near);
  const out = new Int32Array(longEnd - longFirst + hi - near);
  let n = 0;
  for (let k = longFirst; k < longEnd; k++) {
    const i = long[k]!;
    if (ends[i]! >= from) out[n++] = i;
  }
  for (let i = near; i < inside; i++) {
    if (ends[i]! >= from) out[n++] = i;
  }
  // Consecutive positions, copied in one go (a drag at 1,000,000 events asks this on every step).
  out.set(every.subarray(inside, hi), n);
  n += hi - inside;
  return out.subarray(0, n);
}

/** 0, 1, … n - 1: every position of the index's events, made once per index; not to be changed. */
export function everyPosition(index: TimeIndex): Int32Array {
  return lookupsOf(index).every;
}

/** Events longer than this many days (years, long spans) are also listed apart: see `lookupsOf`. */
const SHORT_DAYS = 31;

interface Lookups {
  /** 0, 1, … n - 1. */
  every: Int32Array;
  /** The positions of the events longer than SHORT_DAYS, in order. */
  long: Int32Array;
}

const lookups = new WeakMap<TimeIndex, Lookups>();

/** What a window query reads besides the index, made for each index when first asked for. */
function lookupsOf(index: TimeIndex): Lookups {
  let made = lookups.get(index);
  if (!made) {
    const { starts, ends } = index;
    const every = new Int32Array(starts.length);
    const long: number[] = [];
    for (let i = 0; i < every.length; i++) {
      every[i] = i;
      if (ends[i]! - starts[i]! > SHORT_DAYS) long.push(i);
    }
    made = { every, long: Int32Array.from(long) };
    lookups.set(index, made);
  }
  return made;
}

/** Whether the event is certainly inside the window, or only may fall in it. */
export function isCertainlyInside(index: TimeIndex, position: number, from: Day, to: Day): boolean {
  return index.starts[position]! >= from && index.ends[position]! <= to;
}
