import type { StateCreator } from 'zustand';
import type { DroppedParam } from '../lib/url-state';
import type { AppState } from './app-store';

export interface LinkSlice {
  /**
   * What the link that opened the page asked for but could not be used, for a notice; [] when all of
   * it was. Worded when shown, so the notice is in the language the reader has chosen since.
   */
  linkDropped: () => readonly DroppedParam[];
  setLinkDropped: (dropped: () => readonly DroppedParam[]) => void;
}

export const createLinkSlice: StateCreator<AppState, [], [], LinkSlice> = (set) => ({
  linkDropped: () => [],
  setLinkDropped: (linkDropped) => set({ linkDropped }),
});
