import { useEffect } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';

/** Framing the events and the chips naming those left out: a chunk, asked for as the map mounts. */
const loadFirstFit = () => import('./first-fit');

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Maps in the middle of a move that is the page's, not the reader's. */
const ownMoves = new WeakSet<L.Map>();

/**
 * Runs a move of the page's own (keeping the centre as the map's box changes
 * size) without recording it as the reader's: the view in the address stays
 * the one asked for, not a rounding of it.
 */
export function moveQuietly(map: L.Map, move: () => void) {
  ownMoves.add(map);
  try {
    move();
  } finally {
    ownMoves.delete(map);
  }
}

/**
 * Keeps the store's map view in step with the map: the reader's moves are
 * recorded (for the link), and a view asked for by a link or by Back is shown;
 * a new dataset is framed where its events are dense (first-fit.ts).
 */
export function MapViewSync() {
  const map = useMap();
  useEffect(
    function syncView() {
      let programmatic = false;
      const firstFit = loadFirstFit();
      const container = map.getContainer();
      // The map, named for assistive tech.
      container.setAttribute('role', 'region');
      container.setAttribute(
        'aria-label',
        'Map of events. Arrow keys pan, plus and minus zoom. The event list holds the same events as text.',
      );
      const here = () => {
        const c = map.getCenter();
        return { lat: round(c.lat, 4), lng: round(c.lng, 4), zoom: map.getZoom() };
      };
      // The view on screen, for tests and tools: the map's own state is not in the DOM.
      const expose = () => {
        const v = here();
        container.dataset.view = `${v.lat},${v.lng},${v.zoom}`;
      };
      const onMoveEnd = () => {
        expose();
        if (!programmatic && !ownMoves.has(map)) appStore.getState().setMapView(here());
      };
      const show = () => {
        const { mapRequest, dataset } = appStore.getState();
        if (!mapRequest || !dataset) return;
        void firstFit.then((m) =>
          m.showRequest(map, mapRequest, dataset.events, (move) => {
            programmatic = true;
            try {
              move();
            } finally {
              programmatic = false;
            }
          }),
        );
      };
      map.on('moveend', onMoveEnd);
      show();
      const unsubscribe = appStore.subscribe((state, previous) => {
        if (state.mapRequest !== previous.mapRequest) show();
      });
      return function stop() {
        map.off('moveend', onMoveEnd);
        unsubscribe();
      };
    },
    [map],
  );
  return null;
}
