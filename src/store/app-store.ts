import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createLinkSlice, type LinkSlice } from './link-slice';
import { createMapSlice, type MapSlice } from './map-slice';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';

export type AppState = DataSlice &
  TimeSlice &
  SelectionSlice &
  PlaybackSlice &
  FilterSlice &
  MapSlice &
  LinkSlice;

/** A fresh store; the app uses one, tests make their own. */
export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createTimeSlice(...a),
    ...createSelectionSlice(...a),
    ...createPlaybackSlice(...a),
    ...createFilterSlice(...a),
    ...createMapSlice(...a),
    ...createLinkSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore = createAppStore();

/** The app's store as a React hook: `useAppStore((s) => s.timeWindow)`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
