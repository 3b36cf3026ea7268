import type { StateCreator } from 'zustand';
import type { DataIssue, Dataset, ParseResult } from '../lib/dataset';
import { NO_FILTERS } from '../lib/filter-state';
import type { Engine } from '../lib/engine';
import type { ImportReport } from '../lib/import/types';
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
  /** For data a reader brought: where it came from, and the validation report. */
  imported: { readonly name: string; readonly report: ImportReport } | null;
  /** Filtering, counting and links: a lazy chunk, loaded with the data. */
  engine: Engine | null;
  engineLoaded: (engine: Engine) => void;
  datasetLoaded: (result: ParseResult, imported?: { name: string; report: ImportReport }) => void;
  /** `offerBundled`: the failure was the reader's data, so the bundled events can be offered instead. */
  datasetFailed: (message: string, offerBundled?: boolean) => void;
  offerBundled: boolean;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  loadState: 'loading',
  loadError: null,
  dataIssues: [],
  featureCount: 0,
  imported: null,
  engine: null,
  engineLoaded: (engine) => set({ engine }),
  datasetLoaded: (result, imported) =>
    set({
      dataset: result.dataset,
      dataIssues: result.issues,
      featureCount: result.total,
      imported: imported ?? null,
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
  offerBundled: false,
  datasetFailed: (message, offerBundled = false) =>
    set({ loadState: 'failed', loadError: message, offerBundled }),
});
