import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';
import { selectSelectedEvent } from '../../store/selectors';

/** Pans to an event selected outside the map (from the list, a key or a link); a click on the map leaves the view alone. */
export function PanToSelection() {
  const map = useMap();
  useEffect(
    function followSelection() {
      return appStore.subscribe((state, previous) => {
        if (
          state.selectedId === previous.selectedId ||
          (state.selectionOrigin !== 'list' &&
            state.selectionOrigin !== 'key' &&
            state.selectionOrigin !== 'link')
        )
          return;
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
