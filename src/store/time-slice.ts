import type { StateCreator } from 'zustand';
import type { Day } from '../lib/dates';
import type { AppState } from './app-store';

export interface TimeWindow {
  /** First and last day, inclusive. */
  readonly start: Day;
  readonly end: Day;
}

/** Who moved the window: any change by the reader stops playback. */
export type TimeSource = 'user' | 'playback';

/** The shortest stretch of time the axis zooms in to. */
export const MIN_VIEW_DAYS = 7;

export interface TimeSlice {
  /** The days shown; null until a dataset with at least one event is loaded. */
  timeWindow: TimeWindow | null;
  /** The part of the time axis on screen (zoom and pan); the window may reach beyond it. */
  timeView: TimeWindow | null;
  /** Sets the window, kept inside the dataset's extent with start <= end. */
  setTimeWindow: (start: Day, end: Day, source?: TimeSource) => void;
  /** Sets the axis shown, kept inside the extent and at least a week long. */
  setTimeView: (start: Day, end: Day) => void;
  /**
   * The page is easing the window to a view the address already holds (a lesson's step): the link
   * sync leaves the address alone until it lands.
   */
  windowMoving: boolean;
  setWindowMoving: (moving: boolean) => void;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set, get) => ({
  timeWindow: null,
  timeView: null,
  windowMoving: false,
  setWindowMoving: (windowMoving) => set({ windowMoving }),
  setTimeWindow: (start, end, source = 'user') => {
    const extent = get().dataset?.index.extent;
    if (!extent) return;
    const clamp = (d: Day) => Math.min(extent.end, Math.max(extent.start, Math.round(d)));
    const a = clamp(Math.min(start, end));
    const b = clamp(Math.max(start, end));
    const stop = source === 'user' && get().playing ? { playing: false } : {};
    const current = get().timeWindow;
    if (current && current.start === a && current.end === b) {
      set(stop);
      return;
    }
    set({ timeWindow: { start: a, end: b }, ...stop });
  },
  setTimeView: (start, end) => {
    const extent = get().dataset?.index.extent;
    if (!extent) return;
    const total = extent.end - extent.start;
    let length = Math.min(total, Math.max(MIN_VIEW_DAYS - 1, Math.round(Math.abs(end - start))));
    if (total < MIN_VIEW_DAYS) length = total;
    const a = Math.min(extent.end - length, Math.max(extent.start, Math.round(Math.min(start, end))));
    const current = get().timeView;
    if (current && current.start === a && current.end === a + length) return;
    set({ timeView: { start: a, end: a + length }, playing: false });
  },
});
