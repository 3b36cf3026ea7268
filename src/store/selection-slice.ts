import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/**
 * Where a selection came from: the map does not pan to what the reader just
 * clicked on it, nor away from the view a link restores; the list scrolls to
 * a selection made elsewhere (map, link, j/k keys). 'cluster-list' is the list
 * of a cluster on the map: a map selection, after which focus goes to the details.
 */
export type SelectionOrigin = 'map' | 'cluster-list' | 'list' | 'link' | 'key';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin | null;
  selectEvent: (id: string | null, origin: SelectionOrigin) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  selectionOrigin: null,
  selectEvent: (id, origin) => {
    if (id !== null && !get().dataset?.byId.has(id)) return;
    set({ selectedId: id, selectionOrigin: id === null ? null : origin });
  },
});
