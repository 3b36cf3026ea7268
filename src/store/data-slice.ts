import type { StateCreator } from 'zustand';
import type { DataIssue, Dataset, ParseResult } from '../lib/dataset';
import type { AppState } from './app-store';

export interface DataSlice {
  dataset: Dataset | null;
  loadState: 'loading' | 'ready' | 'failed';
  /** Why the dataset could not be loaded at all. */
  loadError: string | null;
  /** Features that were rejected, and why. */
  dataIssues: readonly DataIssue[];
  /** Features in the file, valid or not. */
  featureCount: number;
  datasetLoaded: (result: ParseResult) => void;
  datasetFailed: (message: string) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  loadState: 'loading',
  loadError: null,
  dataIssues: [],
  featureCount: 0,
  datasetLoaded: (result) =>
    set({
      dataset: result.dataset,
      dataIssues: result.issues,
      featureCount: result.total,
      loadState: 'ready',
      loadError: null,
      // A new dataset opens on its whole extent, with nothing selected.
      timeWindow: result.dataset.index.extent,
      timeView: result.dataset.index.extent,
      playing: false,
      selectedId: null,
      selectionOrigin: null,
    }),
  datasetFailed: (message) => set({ loadState: 'failed', loadError: message }),
});
