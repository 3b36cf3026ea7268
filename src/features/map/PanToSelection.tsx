import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore } from '../../store/app-store';

/**
 * Flies to an event selected outside the map (from the list, by key), where it
 * stands apart from its cluster; a click on the map leaves the view alone.
 */
export function PanToSelection() {
  const map = useMap();
  useEffect(
    function followSelection() {
      return appStore.subscribe((state, previous) => {
        if (
          state.selectedId === previous.selectedId ||
          (state.selectionOrigin !== 'list' && state.selectionOrigin !== 'key')
        )
          return;
        void import('./fly-to-selection').then((m) => m.flyToSelection(map, state.selectedId));
      });
    },
    [map],
  );
  return null;
}
