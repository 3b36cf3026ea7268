import { useEffect } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';
import { moveQuietly } from './MapViewSync';

/** Leaflet's documented `reset` pan option, which its type definitions leave out: no pan, the centre kept exactly. */
const RESET: L.ZoomPanOptions & { reset: boolean } = { reset: true };

/**
 * Leaflet measures its container only on window resizes; the map's box also
 * changes when parts of the page around it arrive (the timeline chart, notices)
 * or are opened, so the map is told whenever its own box changes size. The
 * place at the centre stays exactly where it was, so a shared view's address
 * does not drift by half a pixel with every change of layout, and the move is
 * not recorded as the reader's. A first view the reader has not moved is
 * framed afresh instead, so it holds its events in the box it now has, and
 * again when the notices over the map change height.
 */
export function TrackMapSize() {
  const map = useMap();
  useEffect(
    function trackSize() {
      const container = map.getContainer();
      let frame = 0;
      /** Reframings asked for by the overlays since the map's box last changed: a bound, so they cannot chase each other. */
      let overlayRefits = 0;
      // A first view nobody has moved yet is framed again, so it still holds what it framed, clear of the overlays.
      const refit = () => {
        const { mapView, mapRequest, dataset } = appStore.getState();
        if (mapView !== null || mapRequest !== null || !dataset) return;
        void import('./first-fit').then((m) => {
          const now = appStore.getState();
          if (now.mapView !== null || now.mapRequest !== null || now.dataset !== dataset) return;
          moveQuietly(map, () => m.frameEvents(map, m.shownEvents(now)));
        });
      };
      const fit = () => {
        frame = 0;
        const known = map.getSize();
        if (known.x === container.clientWidth && known.y === container.clientHeight) return;
        const center = map.getCenter();
        const zoom = map.getZoom();
        moveQuietly(map, () => {
          map.invalidateSize({ pan: false });
          map.setView(center, zoom, RESET);
        });
        overlayRefits = 0;
        refit();
      };
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(fit);
      });
      observer.observe(container);
      // The notices over the map (the content note hidden, chips arriving) change what a first view must stay clear of.
      const notices = container.parentElement?.querySelector<HTMLElement>('.map-notices');
      let noticesHeight = notices?.offsetHeight ?? 0;
      let noticesFrame = 0;
      const noticesObserver = new ResizeObserver(() => {
        cancelAnimationFrame(noticesFrame);
        noticesFrame = requestAnimationFrame(() => {
          const height = notices?.offsetHeight ?? 0;
          if (height === noticesHeight) return;
          noticesHeight = height;
          if (overlayRefits >= 3) return;
          overlayRefits += 1;
          refit();
        });
      });
      if (notices) noticesObserver.observe(notices);
      return () => {
        cancelAnimationFrame(frame);
        cancelAnimationFrame(noticesFrame);
        observer.disconnect();
        noticesObserver.disconnect();
      };
    },
    [map],
  );
  return null;
}
