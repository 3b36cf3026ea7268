import L from 'leaflet';
import { appStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/selectors';
import { moveQuietly } from './quiet-moves';

/**
 * While the page prints, the map takes the printed page's size and frames
 * the events of the view; afterwards it goes back where the reader left it.
 * Chromium lays out the printed page after `beforeprint`, and tells a
 * `print` media query when it does: both refit. The moves are the page's:
 * the print leaves no trace in the link.
 */
export function fitForPrint(map: L.Map): () => void {
  let saved: { center: L.LatLng; zoom: number } | null = null;
  const fit = () => {
    saved ??= { center: map.getCenter(), zoom: map.getZoom() };
    const events = selectVisibleEvents(appStore.getState());
    moveQuietly(map, () => {
      map.invalidateSize({ pan: false });
      if (events.length === 0) return;
      const bounds = L.latLngBounds(events.map((e) => [e.lat, e.lon] as [number, number]));
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 6, animate: false });
    });
  };
  const restore = () => {
    if (!saved) return;
    const { center, zoom } = saved;
    saved = null;
    moveQuietly(map, () => {
      map.invalidateSize({ pan: false });
      map.setView(center, zoom, { animate: false });
    });
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
