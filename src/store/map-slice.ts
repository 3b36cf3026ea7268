import type { StateCreator } from 'zustand';
import type { MapView } from '../lib/url-state';
import type { AppState } from './app-store';

export interface MapSlice {
  /** Where the reader has moved the map; null while it is framed on the events. */
  mapView: MapView | null;
  /** A view for the map to show (from a link or Back), or `view: null` to frame the events; the map clears it. */
  mapRequest: { readonly view: MapView | null } | null;
  setMapView: (view: MapView | null) => void;
  requestMapView: (view: MapView | null) => void;
  mapRequestDone: () => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapView: null,
  mapRequest: null,
  setMapView: (mapView) => set({ mapView }),
  requestMapView: (view) => set({ mapRequest: { view }, mapView: view }),
  mapRequestDone: () => set({ mapRequest: null }),
});
