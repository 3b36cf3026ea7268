import type { StateCreator } from 'zustand';
import type { DataIssue, Dataset, MapEvent, ParseResult } from '../lib/dataset';
import { NO_FILTERS } from '../lib/filter-state';
import { loadEngine, loadedEngine } from './engine';
import type { FileInput } from '../lib/import/decode';
import type { ReadOptions } from '../lib/import/read-options';
import type { ImportReport } from '../lib/import/types';
import type { AppState } from './app-store';

/**
 * Where a reader's events came from: a file picked on their computer (which
 * no link can carry), or an address (`?data=`). The file's bytes are kept so
 * its columns can be chosen again.
 */
export type ImportSource =
  | { readonly kind: 'file'; readonly input: Blob }
  | { readonly kind: 'url'; readonly url: string; readonly input: FileInput };

/** A reader's file, with the validation report of its reading and the choices it was read with. */
export interface Imported {
  readonly name: string;
  /** Null for a file in our own schema: its problems are in `dataIssues`. */
  readonly report: ImportReport | null;
  readonly source: ImportSource;
  readonly options: ReadOptions;
  /** The language its report was written in (the page's, when it was read). */
  readonly locale: string;
}

/** A file to open in the "Your data" dialog, at its mapping step. */
export interface ImportRequest {
  readonly name: string;
  readonly source: ImportSource;
  readonly options: ReadOptions;
}

export interface DataSlice {
  dataset: Dataset | null;
  loadState: 'loading' | 'ready' | 'failed';
  /** Why the dataset could not be loaded at all: worded when shown, in the language shown then. */
  loadError: (() => string) | null;
  /** Features that were rejected, and why. */
  dataIssues: readonly DataIssue[];
  /** Features in the file, valid or not. */
  featureCount: number;
  /** For data a reader brought: where it came from, and the validation report. */
  imported: Imported | null;
  /** For a reader's file of which no row could be shown: its full report. */
  failedImport: { readonly name: string; readonly report: ImportReport } | null;
  /** Whether the filter and link engine (store/engine.ts, a lazy chunk) has arrived; selectEngine gives it. */
  engineReady: boolean;
  /** Fetches the engine if it is not in yet (once for the page) and records its arrival. */
  needEngine: () => Promise<void>;
  /**
   * `bundled`: the languages whose words the bundled events carry as they come (their translations
   * come one file per language: store/bundled-translations.ts); left out for any other data.
   */
  datasetLoaded: (result: ParseResult, imported?: Imported, bundled?: readonly string[]) => void;
  /** For the bundled events: the languages whose words they carry now; null for any other data. */
  bundledLanguages: readonly string[] | null;
  /**
   * The same events, in the same order, with one more language's words: the window, filters,
   * selection and map stay as they are.
   */
  bundledTranslated: (language: string, events: readonly MapEvent[]) => void;
  /**
   * A reader's file read again in the language now shown: its report (and our schema's issues) in
   * that language, and its events' words where they are the same events in the same order (a title
   * the reading made up, say); the window, filters, selection and map stay. Nothing if `imported`
   * is no longer the file shown.
   */
  importReworded: (
    imported: Imported,
    read: { report: ImportReport | null; issues: readonly DataIssue[]; events: readonly MapEvent[] },
    locale: string,
  ) => void;
  /**
   * `offerBundled`: the failure was the reader's data, so the bundled events
   * can be offered instead; `failedImport`: the report of a file none of whose rows could be shown.
   */
  datasetFailed: (
    message: () => string,
    offerBundled?: boolean,
    failedImport?: { name: string; report: ImportReport },
  ) => void;
  offerBundled: boolean;
  /** A file waiting for the reader to choose its columns; the "Your data" dialog opens on it and takes it. */
  importRequest: ImportRequest | null;
  /** How many times the "Your data" dialog was asked to open by something other than its button. */
  importRequests: number;
  /** Opens the "Your data" dialog, on a file's columns or (null) to choose a file. */
  requestImport: (request: ImportRequest | null) => void;
  /** The dialog took the request. */
  importRequestTaken: () => void;
  /**
   * The name of a file from the reader's computer that was on screen before
   * the page was reloaded: a reload cannot bring it back, and the reader is told why.
   */
  pickedBeforeReload: string | null;
  setPickedBeforeReload: (name: string | null) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  loadState: 'loading',
  loadError: null,
  dataIssues: [],
  featureCount: 0,
  imported: null,
  failedImport: null,
  engineReady: loadedEngine() !== null,
  needEngine: () => {
    const ready = loadEngine().then(() => set({ engineReady: true }));
    // Asked for early and awaited later: a failure is told where it is awaited, not as unhandled meanwhile.
    ready.catch(() => undefined);
    return ready;
  },
  datasetLoaded: (result, imported, bundled) =>
    set({
      dataset: result.dataset,
      bundledLanguages: bundled ?? null,
      dataIssues: result.issues,
      featureCount: result.total,
      imported: imported ?? null,
      failedImport: null,
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
  bundledLanguages: null,
  bundledTranslated: (language, events) =>
    set((s) =>
      s.dataset && s.bundledLanguages && events.length === s.dataset.events.length
        ? {
            dataset: { ...s.dataset, events },
            bundledLanguages: [...s.bundledLanguages, language],
          }
        : {},
    ),
  importReworded: (imported, read, locale) =>
    set((s) => {
      if (s.imported !== imported || !s.dataset) return {};
      const shown = s.dataset.events;
      // The same events, in the same places and times: only their words may differ.
      const same =
        read.events.length === shown.length &&
        read.events.every((e, i) => {
          const was = shown[i]!;
          return (
            e.id === was.id &&
            e.start === was.start &&
            e.end === was.end &&
            e.lat === was.lat &&
            e.lon === was.lon
          );
        });
      return {
        imported: { ...imported, report: read.report, locale },
        dataIssues: read.issues,
        ...(same ? { dataset: { ...s.dataset, events: read.events } } : {}),
      };
    }),
  offerBundled: false,
  datasetFailed: (message, offerBundled = false, failedImport) =>
    set({ loadState: 'failed', loadError: message, offerBundled, failedImport: failedImport ?? null }),
  importRequest: null,
  importRequests: 0,
  requestImport: (importRequest) => set((s) => ({ importRequest, importRequests: s.importRequests + 1 })),
  importRequestTaken: () => set({ importRequest: null }),
  pickedBeforeReload: null,
  setPickedBeforeReload: (pickedBeforeReload) => set({ pickedBeforeReload }),
});
