import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapEvent } from '../../lib/dataset';
import { appStore } from '../../store/app-store';

/** Fits the map to a set of events, clear of the legend where it stands open beside them. */
export function frameEvents(map: L.Map, events: readonly MapEvent[]): void {
  if (events.length === 0) return;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const e of events) {
    south = Math.min(south, e.lat);
    north = Math.max(north, e.lat);
    west = Math.min(west, e.lon);
    east = Math.max(east, e.lon);
  }
  const bounds = L.latLngBounds([south, west], [north, east]);
  const legend = map.getContainer().parentElement?.querySelector<HTMLElement>('.legend[open]');
  const legendWidth = legend && map.getSize().x > 600 ? legend.offsetWidth + 20 : 0;
  map.fitBounds(bounds, {
    paddingTopLeft: [40 + legendWidth, 40],
    paddingBottomRight: [40, 40],
    maxZoom: 6,
    animate: false,
  });
  // Framed, not placed by the reader: a link leaves the map to frame the events.
  appStore.getState().setMapView(null);
}

/** Names the map for assistive tech. (Framing on a new dataset is asked for by the link restore, see MapViewSync.) */
export function FitToEvents() {
  const map = useMap();

  useEffect(
    function labelMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute(
        'aria-label',
        'Map of events. Arrow keys pan, plus and minus zoom. The event list holds the same events as text.',
      );
    },
    [map],
  );

  return null;
}
