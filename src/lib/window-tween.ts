/**
 * The time window's way from one view to another, as a lesson moves between
 * steps: eased, in whole days, and landing exactly on the window asked for.
 */
import type { DayRange } from './playback';

/** How long a lesson's move between steps takes, in milliseconds, on the map and on the timeline alike. */
export const STEP_MOVE_MS = 1200;

/** Slow, fast, slow: the ease of a move that starts and ends at rest. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** The window at a share `t` (0 to 1) of the way from `from` to `to`: whole days, never turned round, exactly `to` at the end. */
export function windowAt(from: DayRange, to: DayRange, t: number): DayRange {
  if (t >= 1) return to;
  const k = easeInOut(t);
  const start = Math.round(from.start + (to.start - from.start) * k);
  const end = Math.round(from.end + (to.end - from.end) * k);
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
