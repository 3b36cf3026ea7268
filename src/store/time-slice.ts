import type { StateCreator } from 'zustand';
import type { Day } from '../lib/dates';
import type { AppState } from './app-store';

export interface TimeWindow {
  /** First and last day shown, inclusive. */
  readonly start: Day;
  readonly end: Day;
}

export interface TimeSlice {
  /** Null until a dataset with at least one event is loaded. */
  timeWindow: TimeWindow | null;
  /** Sets the window, kept inside the dataset's extent with start <= end. */
  setTimeWindow: (start: Day, end: Day) => void;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set, get) => ({
  timeWindow: null,
  setTimeWindow: (start, end) => {
    const extent = get().dataset?.index.extent;
    if (!extent) return;
    const clamp = (d: Day) => Math.min(extent.end, Math.max(extent.start, Math.round(d)));
    const a = clamp(Math.min(start, end));
    const b = clamp(Math.max(start, end));
    const current = get().timeWindow;
    if (current && current.start === a && current.end === b) return;
    set({ timeWindow: { start: a, end: b } });
  },
});
