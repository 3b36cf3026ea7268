import type { Day } from './dates';
import type { Speed } from './speeds';

export type PlaybackMode = 'window' | 'cumulative';

export interface DayRange {
  readonly start: Day;
  readonly end: Day;
}

/** At normal speed, playing the whole axis takes this many steps (20 s at 8 steps a second). */
const STEPS_ACROSS = 160;

/** Days the window moves per step: a share of the axis shown, so zooming in slows the clock. */
export function stepDays(view: DayRange, speed: Speed, stepsPerTick = 1): number {
  return Math.max(1, Math.round(((view.end - view.start + 1) / STEPS_ACROSS) * speed * stepsPerTick));
}

/**
 * Where playback starts from the current window. A moving window keeps its
 * width (a tenth of the axis if it spans it all); cumulative mode grows from
 * the start of the axis. At the end, playback starts over, from `first` (the
 * first day with an event the filters keep) when given, so it does not open
 * on empty years.
 */
export function playbackStart(
  extent: DayRange,
  view: DayRange,
  window: DayRange,
  mode: PlaybackMode,
  first: Day | null = null,
): DayRange {
  const from = Math.max(view.start, Math.min(first ?? view.start, view.end));
  if (mode === 'cumulative') {
    const atEnd = window.end >= view.end;
    return { start: view.start, end: atEnd ? from : Math.max(view.start, window.end) };
  }
  const spansAll = window.start <= view.start && window.end >= view.end;
  const width = spansAll ? Math.max(0, Math.round((view.end - view.start) / 10)) : window.end - window.start;
  if (spansAll || window.end >= view.end) {
    const start = Math.max(view.start, Math.min(from, view.end - width));
    return { start, end: Math.min(extent.end, start + width) };
  }
  return window;
}

/**
 * The window after one step forward (positive days) or back (negative), and
 * whether it has reached the end of the axis (or its start, going back).
 */
export function playbackStep(
  view: DayRange,
  window: DayRange,
  mode: PlaybackMode,
  days: number,
): { window: DayRange; done: boolean } {
  if (mode === 'cumulative') {
    const end = Math.min(view.end, Math.max(view.start, window.end + days));
    return { window: { start: view.start, end }, done: days > 0 ? end >= view.end : end <= view.start };
  }
  const width = window.end - window.start;
  const start = Math.min(view.end - width, Math.max(view.start, window.start + days));
  return {
    window: { start, end: start + width },
    done: days > 0 ? start + width >= view.end : start <= view.start,
  };
}
