import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore, useAppStore, type AppState } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';
import { EventCanvasLayer } from './event-canvas-layer';
import { PlaceLabelLayer } from './place-labels';

/**
 * Wires the canvas layers to the store. Window and selection changes reach the
 * layer through `subscribe`, outside React rendering.
 */
export function EventLayer() {
  const map = useMap();
  const dataset = useAppStore((s) => s.dataset);

  useEffect(
    function attachEventLayers() {
      if (!dataset) return;
      const labels = new PlaceLabelLayer();
      labels.setEvents(dataset.events);
      labels.addTo(map);
      const layer = new EventCanvasLayer();
      layer.setEvents(dataset.events);
      layer.addTo(map);

      const sync = (state: AppState) => {
        const w = state.timeWindow;
        if (w) layer.setVisible(selectVisiblePositions(state), w.start, w.end);
        layer.setSelected(state.selectedId === null ? -1 : (dataset.byId.get(state.selectedId) ?? -1));
      };
      sync(appStore.getState());
      const unsubscribe = appStore.subscribe((state, previous) => {
        if (
          state.timeWindow !== previous.timeWindow ||
          state.filters !== previous.filters ||
          state.selectedId !== previous.selectedId
        )
          sync(state);
      });

      const tooltipText = document.createElement('span');
      const tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'event-tooltip' });
      tooltip.setContent(tooltipText);
      let hovered = -1;

      const onClick = (e: L.LeafletMouseEvent) => {
        const hit = layer.hitTest(e.containerPoint.x, e.containerPoint.y);
        if (hit >= 0) appStore.getState().selectEvent(dataset.events[hit]!.id, 'map');
      };
      const onMove = (e: L.LeafletMouseEvent) => {
        const hit = layer.hitTest(e.containerPoint.x, e.containerPoint.y);
        if (hit === hovered) return;
        hovered = hit;
        map.getContainer().classList.toggle('is-over-event', hit >= 0);
        if (hit < 0) {
          map.closeTooltip(tooltip);
          return;
        }
        const event = dataset.events[hit]!;
        // Text content, never HTML: titles come from data.
        tooltipText.textContent = event.props.title;
        tooltip.setLatLng([event.lat, event.lon]);
        map.openTooltip(tooltip);
      };
      const onOut = () => {
        hovered = -1;
        map.getContainer().classList.remove('is-over-event');
        map.closeTooltip(tooltip);
      };
      map.on('click', onClick);
      map.on('mousemove', onMove);
      map.on('mouseout', onOut);

      return function detachEventLayers() {
        unsubscribe();
        map.off('click', onClick);
        map.off('mousemove', onMove);
        map.off('mouseout', onOut);
        map.closeTooltip(tooltip);
        layer.remove();
        labels.remove();
      };
    },
    [map, dataset],
  );

  return null;
}
