import type { StateCreator } from 'zustand';
import type { DataIssue, Dataset, ParseResult } from '../lib/dataset';
import { NO_FILTERS } from '../lib/filter-state';
import type { Engine } from '../lib/engine';
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
  /** Filtering, counting and links: a lazy chunk, loaded with the data. */
  engine: Engine | null;
  engineLoaded: (engine: Engine) => void;
  datasetLoaded: (result: ParseResult) => void;
  datasetFailed: (message: string) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  loadState: 'loading',
  loadError: null,
  dataIssues: [],
  featureCount: 0,
  engine: null,
  engineLoaded: (engine) => set({ engine }),
  datasetLoaded: (result) =>
    set({
      dataset: result.dataset,
      dataIssues: result.issues,
      featureCount: result.total,
      loadState: 'ready',
      loadError: null,
      // A new dataset opens on its whole extent, unfiltered, with nothing selected.
      timeWindow: result.dataset.index.extent,
      timeView: result.dataset.index.extent,
      playing: false,
      selectedId: null,
      selectionOrigin: null,
      filters: NO_FILTERS,
      mapView: null,
    }),
  datasetFailed: (message) => set({ loadState: 'failed', loadError: message }),
});
