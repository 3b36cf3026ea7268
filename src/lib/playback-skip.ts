import { t } from '@lingui/core/macro';
import { dayFromParts, dayToDate, formatDay, partsFromDay, type Day } from './dates';
import { dateFormat } from './i18n/intl';
import type { DayRange, PlaybackMode } from './playback';
import { lowerBound, type TimeIndex } from './time-index';

/** The day ranges of the events playback plays through (those the filters keep), sorted by start. */
export interface EventDays {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly maxLength: number;
}

/** The events at `positions` of the index (ascending), or all of them. */
export function eventDays(index: TimeIndex, positions?: Int32Array): EventDays {
  if (!positions) return index;
  return {
    starts: Int32Array.from(positions, (p) => index.starts[p]!),
    ends: Int32Array.from(positions, (p) => index.ends[p]!),
    maxLength: index.maxLength,
  };
}

/** Whether any event's range overlaps [from, to]. */
export function hasEventIn(days: EventDays, from: Day, to: Day): boolean {
  const hi = lowerBound(days.starts, to + 1);
  for (let i = hi - 1; i >= 0 && days.starts[i]! >= from - days.maxLength; i--) {
    if (days.ends[i]! >= from) return true;
  }
  return false;
}

/** The first day on or after `from` that an event covers, or null when none does. */
export function firstEventFrom(days: EventDays, from: Day): Day | null {
  if (hasEventIn(days, from, from)) return from;
  const k = lowerBound(days.starts, from);
  return k < days.starts.length ? days.starts[k]! : null;
}

/**
 * Playback over an empty stretch: when the window holds no event (or, played
 * cumulatively, nothing new comes for a while) and the next event is more
 * than `minSteps` steps away, the window jumps so that event enters at its
 * end; with no event left, it jumps to the end of the axis. Returns the
 * window and the days skipped, or null when it steps as usual.
 */
export function skipEmpty(
  days: EventDays,
  view: DayRange,
  window: DayRange,
  mode: PlaybackMode,
  step: number,
  minSteps = 3,
): { window: DayRange; skipped: DayRange | null } {
  const unchanged = { window, skipped: null };
  if (mode === 'window' && hasEventIn(days, window.start, window.end)) return unchanged;
  const next = firstEventFrom(days, window.end + 1);
  const target = Math.min(view.end, next ?? view.end);
  if (target - window.end <= minSteps * step) return unchanged;
  const skipped = { start: window.end + 1, end: target - 1 };
  if (mode === 'cumulative') return { window: { start: window.start, end: target }, skipped };
  const width = window.end - window.start;
  return { window: { start: target - width, end: target }, skipped };
}

/** A year in the language shown: "2024". */
function yearText(year: number): string {
  return dateFormat({ year: 'numeric' }).format(dayToDate(dayFromParts(year, 1, 1)));
}

/** A skipped stretch in words: "Skipped 2009 to 2014: no events", or exact days when shorter than a year. */
export function describeSkip(skipped: DayRange, filtering: boolean): string {
  const a = partsFromDay(skipped.start).year;
  const b = partsFromDay(skipped.end).year;
  let span: string;
  if (skipped.end - skipped.start >= 365 && a === b) span = yearText(a);
  else {
    const long = skipped.end - skipped.start >= 365;
    const from = long ? yearText(a) : formatDay(skipped.start);
    const to = long ? yearText(b) : formatDay(skipped.end);
    span = t({
      comment: 'A period skipped in playback: "2009 to 2014", "3 March 2024 to 10 April 2024"',
      message: `${from} to ${to}`,
    });
  }
  return filtering
    ? t({
        comment: 'Said when playback jumps over a period ({span}) in which no event passes the filters',
        message: `Skipped ${span}: no matching events`,
      })
    : t({
        comment: 'Said when playback jumps over a period ({span}) without events',
        message: `Skipped ${span}: no events`,
      });
}
