import type { StateCreator } from 'zustand';
import type { MapView } from '../lib/url-state';
import type { AppState } from './app-store';

export interface MapSlice {
  /** Where the reader has moved the map; null while it is framed on the events. */
  mapView: MapView | null;
  /**
   * A view for the map to show (from a link or Back), or `view: null` to frame the events; the map
   * clears it. `fly`: the map flies there (a lesson's step), unless the reader asks for less motion.
   */
  mapRequest: { readonly view: MapView | null; readonly fly?: boolean } | null;
  /** A lazy part of the page (clusters, place names, the map's moves, the keys) could not be fetched. */
  partMissing: boolean;
  setMapView: (view: MapView | null) => void;
  requestMapView: (view: MapView | null, fly?: boolean) => void;
  mapRequestDone: () => void;
  reportPartMissing: () => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapView: null,
  mapRequest: null,
  partMissing: false,
  setMapView: (mapView) => set({ mapView }),
  requestMapView: (view, fly = false) => set({ mapRequest: { view, fly }, mapView: view }),
  mapRequestDone: () => set({ mapRequest: null }),
  reportPartMissing: () => set({ partMissing: true }),
});
