import L from 'leaflet';
import { appStore } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';

/**
 * While the page prints, the map takes the printed page's size and frames
 * the events of the view; afterwards it goes back where the reader left it.
 * Chromium lays out the printed page after `beforeprint`, and tells a
 * `print` media query when it does: both refit.
 */
export function fitForPrint(map: L.Map): () => void {
  let saved: {
    center: L.LatLng;
    zoom: number;
    view: ReturnType<typeof appStore.getState>['mapView'];
  } | null = null;
  const fit = () => {
    const state = appStore.getState();
    saved ??= { center: map.getCenter(), zoom: map.getZoom(), view: state.mapView };
    map.invalidateSize({ pan: false });
    const events = state.dataset?.events;
    const points = [...selectVisiblePositions(state)].map((p) => events![p]!);
    if (points.length === 0) return;
    const bounds = L.latLngBounds(points.map((e) => [e.lat, e.lon] as [number, number]));
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 6, animate: false });
  };
  const restore = () => {
    if (!saved) return;
    const { center, zoom, view } = saved;
    saved = null;
    map.invalidateSize({ pan: false });
    map.setView(center, zoom, { animate: false });
    // The reader's view, or none when the map was framing the events: the print leaves no trace in the link.
    appStore.getState().setMapView(view);
  };
  const print = window.matchMedia('print');
  const change = () => (print.matches ? fit() : restore());
  window.addEventListener('beforeprint', fit);
  window.addEventListener('afterprint', restore);
  print.addEventListener('change', change);
  return function stopFitting() {
    window.removeEventListener('beforeprint', fit);
    window.removeEventListener('afterprint', restore);
    print.removeEventListener('change', change);
  };
}
