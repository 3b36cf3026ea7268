import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../store/app-store';

/** Frames the map on the dataset's events when a dataset arrives, and names the map for assistive tech. */
export function FitToEvents() {
  const map = useMap();
  const dataset = useAppStore((s) => s.dataset);

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

  useEffect(
    function frameEvents() {
      if (!dataset || dataset.events.length === 0) return;
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const e of dataset.events) {
        south = Math.min(south, e.lat);
        north = Math.max(north, e.lat);
        west = Math.min(west, e.lon);
        east = Math.max(east, e.lon);
      }
      const bounds = L.latLngBounds([south, west], [north, east]);
      // Keep the events clear of the legend where it stands open beside them.
      const legend = map.getContainer().parentElement?.querySelector<HTMLElement>('.legend[open]');
      const legendWidth = legend && map.getSize().x > 600 ? legend.offsetWidth + 20 : 0;
      map.fitBounds(bounds, {
        paddingTopLeft: [40 + legendWidth, 40],
        paddingBottomRight: [40, 40],
        maxZoom: 6,
        animate: false,
      });
    },
    [map, dataset],
  );

  return null;
}
