import type L from 'leaflet';
import type { Rect } from '../../lib/clear-padding';

/** The class of the layer of cluster buttons over the map. */
export const OVERLAY_CLASS = 'cluster-buttons';

/** Whether a map mouse event started on a cluster button, which handles it itself. */
export function isFromOverlay(e: L.LeafletMouseEvent): boolean {
  const target = e.originalEvent.target;
  return target instanceof Element && target.closest(`.${OVERLAY_CLASS}`) !== null;
}

/** What stands over the map inside its area: the notices, the legend and Leaflet's controls. */
const OVER_MAP = '.map-notices > *, .legend, .leaflet-control';

/**
 * The elements standing over the map, hiding what is drawn under them: those
 * above, and the embed's Events button, which stands over the map from
 * outside its area. Read by the first view (to frame the events clear of
 * them) and by the place labels (to draw none under them).
 */
export function overMap(container: HTMLElement): Element[] {
  const area = container.closest('.map-area') ?? container;
  return [...area.querySelectorAll(OVER_MAP), ...document.querySelectorAll('.embed-toggle')];
}

/** The boxes of what stands over the map (overMap), in the map container's pixels. */
export function overMapRects(container: HTMLElement): Rect[] {
  const origin = container.getBoundingClientRect();
  return overMap(container).map((el) => {
    const r = el.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}
