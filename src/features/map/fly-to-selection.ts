import type L from 'leaflet';
import { apartZoom } from '../../lib/apart-zoom';
import { projectX, projectY } from '../../lib/mercator';
import { appStore } from '../../store/app-store';
import { selectSelectedEvent, selectVisiblePositions } from '../../store/selectors';
import { CLUSTER_RADIUS } from './cluster-zooms';

/**
 * Flies to the selected event, deep enough that it stands apart from its
 * cluster (never zooming out); events sharing its spot cannot part, and
 * the map only pans to them. `id` is the event selected when asked.
 */
export function flyToSelection(map: L.Map, id: string | null): void {
  const state = appStore.getState();
  // Another selection made while this chunk loaded is followed on its own.
  if (id === null || state.selectedId !== id) return;
  const event = selectSelectedEvent(state);
  const dataset = state.dataset;
  if (!event || !dataset) return;
  const x = projectX(event.lon);
  const y = projectY(event.lat);
  const others = function* () {
    for (const p of selectVisiblePositions(state)) {
      const other = dataset.events[p]!;
      if (other !== event) yield [projectX(other.lon), projectY(other.lat)] as const;
    }
  };
  const apart = apartZoom(x, y, others(), CLUSTER_RADIUS * 2);
  const zoom = map.getZoom();
  const target = apart === null ? zoom : Math.min(map.getMaxZoom(), Math.max(zoom, apart));
  // From its start the move is the reader's view: the first view is not framed again under it (as it
  // is when the notices over the map change height, TrackMapSize), which would end it where it began.
  state.setMapView({ lat: event.lat, lng: event.lon, zoom: target });
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (target === zoom) map.panTo([event.lat, event.lon], { animate: !still });
  else if (still) map.setView([event.lat, event.lon], target, { animate: false });
  else map.flyTo([event.lat, event.lon], target);
}
