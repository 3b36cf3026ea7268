import type L from 'leaflet';

/** The class of the layer of cluster buttons over the map. */
export const OVERLAY_CLASS = 'cluster-buttons';

/** Whether a map mouse event started on a cluster button, which handles it itself. */
export function isFromOverlay(e: L.LeafletMouseEvent): boolean {
  const target = e.originalEvent.target;
  return target instanceof Element && target.closest(`.${OVERLAY_CLASS}`) !== null;
}
