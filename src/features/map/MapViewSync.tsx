import { useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';
import { movingQuietly } from './quiet-moves';

/** Framing the events and the chips naming those left out: a chunk, asked for as the map mounts. */
const loadFirstFit = () => import('./first-fit');

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * Keeps the store's map view in step with the map: the reader's moves are
 * recorded (for the link), and a view asked for by a link or by Back is shown;
 * a new dataset is framed where its events are dense (first-fit.ts).
 */
export function MapViewSync() {
  const { t } = useLingui();
  const map = useMap();
  const name = t`Map of events. Arrow keys pan, plus and minus zoom. The event list holds the same events as text.`;
  useEffect(
    function nameMap() {
      // The map, named for assistive tech (again when the language changes).
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', name);
    },
    [map, name],
  );
  useEffect(
    function syncView() {
      const firstFit = loadFirstFit();
      const container = map.getContainer();
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
        if (!movingQuietly(map)) appStore.getState().setMapView(here());
      };
      const show = () => {
        // A request waits for the data: framing needs the events.
        const { mapRequest, dataset } = appStore.getState();
        if (mapRequest && dataset) void firstFit.then((m) => m.showRequest(map, mapRequest));
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
