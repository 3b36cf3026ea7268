import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { clusterPoints, describeCluster } from '../../lib/clusters';
import { unpackCluster } from '../../lib/packed-clusters';
import { appStore, useAppStore, type AppState } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';
import { ClusterClient } from './cluster-client';
import { ClusterOverlay, isFromOverlay } from './ClusterOverlay';
import { EventCanvasLayer, type Hit } from './event-canvas-layer';
import { PlaceLabelLayer } from './place-labels';

/**
 * Wires the canvas layers to the store. Changes of the visible events and of
 * the selection reach the layer through `subscribe`, outside React rendering;
 * the visible events go through the cluster client first.
 */
export function EventLayer() {
  const map = useMap();
  const dataset = useAppStore((s) => s.dataset);
  const [layer] = useState(() => new EventCanvasLayer());
  const client = useMemo(
    () =>
      dataset &&
      new ClusterClient(clusterPoints(dataset.events), map.getMaxZoom(), (view) => layer.setView(view)),
    [dataset, map, layer],
  );

  useEffect(
    function attachEventLayers() {
      if (!dataset || !client) return;
      const labels = new PlaceLabelLayer();
      labels.setEvents(dataset.events);
      labels.addTo(map);
      layer.setEvents(dataset.events);
      layer.addTo(map);

      // Whatever the selector returns (window, and any filters) is what gets clustered.
      let positions: Int32Array | null = null;
      const cluster = () => {
        const w = appStore.getState().timeWindow;
        if (w && positions) client.update(positions, w.start, w.end, map.getZoom());
      };
      const sync = (state: AppState) => {
        const visible = selectVisiblePositions(state);
        const w = state.timeWindow;
        if (w && visible !== positions) {
          positions = visible;
          // Until the first clusters arrive (a worker takes a moment), every event is drawn alone.
          if (!client.hasDelivered()) layer.setVisible(visible, w.start, w.end);
          cluster();
        }
        layer.setSelected(state.selectedId === null ? -1 : (dataset.byId.get(state.selectedId) ?? -1));
      };
      sync(appStore.getState());
      const unsubscribe = appStore.subscribe(sync);
      map.on('zoomend', cluster);

      const tooltipText = document.createElement('span');
      const tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'event-tooltip' });
      tooltip.setContent(tooltipText);
      let hovered: Hit | null = null;

      const onClick = (e: L.LeafletMouseEvent) => {
        if (isFromOverlay(e)) return;
        const hit = layer.hitTest(e.containerPoint.x, e.containerPoint.y);
        if (hit?.kind === 'event') appStore.getState().selectEvent(dataset.events[hit.position]!.id, 'map');
      };
      const onMove = (e: L.LeafletMouseEvent) => {
        const hit = layer.hitTest(e.containerPoint.x, e.containerPoint.y);
        if (sameHit(hit, hovered)) return;
        hovered = hit;
        map.getContainer().classList.toggle('is-over-event', hit !== null);
        if (!hit) {
          map.closeTooltip(tooltip);
          return;
        }
        // Text content, never HTML: titles come from data.
        tooltipText.className = hit.kind === 'cluster' ? 'cluster-tooltip-text' : '';
        if (hit.kind === 'event') {
          const event = dataset.events[hit.position]!;
          tooltipText.textContent = event.props.title;
          tooltip.setLatLng([event.lat, event.lon]);
        } else {
          const c = unpackCluster(layer.getView().clusters, hit.index);
          tooltipText.textContent = describeCluster(c);
          tooltip.setLatLng([c.lat, c.lon]);
        }
        map.openTooltip(tooltip);
      };
      const onOut = () => {
        hovered = null;
        map.getContainer().classList.remove('is-over-event');
        map.closeTooltip(tooltip);
      };
      map.on('click', onClick);
      map.on('mousemove', onMove);
      map.on('mouseout', onOut);

      return function detachEventLayers() {
        unsubscribe();
        client.dispose();
        map.off('zoomend', cluster);
        map.off('click', onClick);
        map.off('mousemove', onMove);
        map.off('mouseout', onOut);
        map.closeTooltip(tooltip);
        layer.remove();
        labels.remove();
      };
    },
    [map, dataset, layer, client],
  );

  return client && <ClusterOverlay layer={layer} client={client} />;
}

function sameHit(a: Hit | null, b: Hit | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'event') return b.kind === 'event' && a.position === b.position;
  return b.kind === 'cluster' && a.index === b.index;
}
