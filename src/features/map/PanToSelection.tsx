import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';
import { partMissing } from '../../store/part-missing';
import { selectSelectedEvent } from '../../store/selectors';

/**
 * Follows an event selected outside the map. From the list or by key it flies
 * to where the event stands apart from its cluster; from a link it pans only,
 * keeping the zoom the link's view asked for. A click on the map leaves the view alone.
 */
export function PanToSelection() {
  const map = useMap();
  useEffect(
    function followSelection() {
      return appStore.subscribe((state, previous) => {
        if (state.selectedId === previous.selectedId) return;
        if (state.selectionOrigin === 'list' || state.selectionOrigin === 'key') {
          import('./fly-to-selection').then((m) => m.flyToSelection(map, state.selectedId), partMissing);
          return;
        }
        // A link's view is about to be shown (or its events framed): a pan now could end after it, and be taken for the reader's.
        if (state.selectionOrigin !== 'link' || state.mapRequest !== null) return;
        const event = selectSelectedEvent(state);
        if (!event) return;
        const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        map.panTo([event.lat, event.lon], { animate: !reduceMotion });
      });
    },
    [map],
  );
  return null;
}
