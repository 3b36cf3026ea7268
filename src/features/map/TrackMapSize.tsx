import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';
import { partMissing } from '../../store/part-missing';
import { EXACTLY, flyingQuietly, moveQuietly } from './quiet-moves';

/** Calls `changed` in the next frame after any of `elements` changes size, once however many changes; returns the way to stop. */
function observeSize(elements: readonly Element[], changed: () => void): () => void {
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(changed);
  });
  for (const element of elements) observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

/**
 * Calls `changed` when the notices over the map take other room: one comes or
 * goes, or changes height. Their box alone does not tell, as a short embed
 * gives it a fixed height.
 */
function observeNotices(notices: HTMLElement, changed: () => void): () => void {
  const room = () =>
    Array.from(notices.children, (c) =>
      c instanceof HTMLElement ? `${c.offsetTop}+${c.offsetHeight}` : '',
    ).join(' ');
  let last = room();
  const check = () => {
    const now = room();
    if (now === last) return;
    last = now;
    changed();
  };
  const children = () => Array.from(notices.children);
  let stopSize = observeSize([notices, ...children()], check);
  const mutations = new MutationObserver(() => {
    stopSize();
    stopSize = observeSize([notices, ...children()], check);
    check();
  });
  mutations.observe(notices, { childList: true });
  return () => {
    stopSize();
    mutations.disconnect();
  };
}

/**
 * Leaflet measures its container only on window resizes; the map's box also
 * changes when parts of the page around it arrive (the timeline chart, notices)
 * or are opened, so the map is told whenever its own box changes size. The
 * place at the centre stays exactly where it was, so a shared view's address
 * does not drift by half a pixel with every change of layout, and the move is
 * not recorded as the reader's. A first view the reader has not moved is
 * framed afresh instead, so it holds its events in the box it now has, and
 * again when the notices over the map change height; a view asked for (a
 * lesson's step, a link) is moved, if need be, so its selected event stays
 * clear of them.
 */
export function TrackMapSize() {
  const map = useMap();
  useEffect(
    function trackSize() {
      const container = map.getContainer();
      /** Reframings asked for by the overlays since the map's box last changed: a bound, so they cannot chase each other. */
      let overlayRefits = 0;
      // A first view nobody has moved yet is framed again, so it still holds what it framed, clear of the
      // overlays; a view asked for (a step, a link) keeps its selected event clear of them (first-fit.ts).
      const refit = () => {
        const { mapRequest, dataset } = appStore.getState();
        if (mapRequest === null && dataset)
          import('./first-fit').then((m) => m.reframe(map, dataset), partMissing);
      };
      const fit = () => {
        const known = map.getSize();
        if (known.x === container.clientWidth && known.y === container.clientHeight) return;
        // On a flight of the page's own, the flight keeps its course to where it lands.
        if (flyingQuietly(map)) {
          map.invalidateSize({ pan: false });
          return;
        }
        const center = map.getCenter();
        const zoom = map.getZoom();
        moveQuietly(map, () => {
          map.invalidateSize({ pan: false });
          map.setView(center, zoom, EXACTLY);
        });
        overlayRefits = 0;
        refit();
      };
      const stopSize = observeSize([container], fit);
      // The notices over the map (the content note hidden, chips arriving) change what a first view must stay clear of.
      const notices = container.parentElement?.querySelector<HTMLElement>('.map-notices');
      const stopNotices = notices
        ? observeNotices(notices, () => {
            if (overlayRefits >= 3) return;
            overlayRefits += 1;
            refit();
          })
        : () => {};
      return () => {
        stopSize();
        stopNotices();
      };
    },
    [map],
  );
  return null;
}
