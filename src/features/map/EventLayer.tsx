import { i18n } from '@lingui/core';
import { shownIn } from '../../lib/event-language';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { clusterPoints } from '../../lib/cluster-types';
import { unpackCluster } from '../../lib/packed-clusters';
import { appStore, useAppStore, type AppState } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';
import type { ClusterClient } from './cluster-client';
import type { PlaceLabelLayer } from './place-labels';
import { isFromOverlay } from './overlay-class';
import { EventCanvasLayer, type Hit } from './event-canvas-layer';
import {
  clusterClientChunk,
  clusterNamesChunk,
  clusterOverlayChunk,
  placeLabelsChunk,
  withChunk,
} from './warm-chunks';
import { lazyPart } from '../../components/lazy-part';

/** The cluster buttons and lists: a lazy chunk, as clusters themselves arrive after a moment. */
const ClusterOverlay = lazyPart(clusterOverlayChunk);

/**
 * Wires the canvas layers to the store. Changes of the visible events and of
 * the selection reach the layer through `subscribe`, outside React rendering;
 * the visible events go through the cluster client first.
 */
export function EventLayer() {
  const map = useMap();
  // The events' places and times: the same when only their words change (another language's
  // translations put on the bundled events), so the layers stay, clustered, and read the words anew.
  const index = useAppStore((s) => s.dataset?.index);
  const [layer] = useState(() => new EventCanvasLayer());
  // The cluster client (and supercluster behind it) is a lazy chunk: markers are drawn alone until it is in.
  const [client, setClient] = useState<ClusterClient | null>(null);

  useEffect(
    function attachEventLayers() {
      const dataset = appStore.getState().dataset;
      if (!index || !dataset) return;
      let client: ClusterClient | null = null;
      let detached = false;
      let labels: PlaceLabelLayer | null = null;
      // The events whose words the labels show: the same events, with another language's words later.
      let labelled = dataset.events;
      layer.setEvents(dataset.events);
      layer.addTo(map);

      // Whatever the selector returns (window, and any filters) is what gets clustered.
      let positions: Int32Array | null = null;
      const cluster = () => {
        const w = appStore.getState().timeWindow;
        if (w && positions) client?.update(positions, w.start, w.end, map.getZoom());
      };
      const sync = (state: AppState) => {
        const visible = selectVisiblePositions(state);
        const w = state.timeWindow;
        if (w && visible !== positions) {
          positions = visible;
          // Until the first clusters arrive (a worker takes a moment), every event is drawn alone.
          if (!client?.hasDelivered()) layer.setVisible(visible, w.start, w.end);
          cluster();
        }
        layer.setSelected(state.selectedId === null ? -1 : (dataset.byId.get(state.selectedId) ?? -1));
        // The same events with new words; other events are the next effect's, after this one's cleanup.
        if (state.dataset && state.dataset.index === index && state.dataset.events !== labelled) {
          labelled = state.dataset.events;
          labels?.setEvents(labelled);
        }
      };
      sync(appStore.getState());
      const unsubscribe = appStore.subscribe(sync);
      map.on('zoomend', cluster);
      // Labels come after the markers, in a chunk of their own.
      withChunk(placeLabelsChunk, ({ PlaceLabelLayer }) => {
        if (detached) return;
        labels = new PlaceLabelLayer(layer, labelled);
        labels.addTo(map);
      });
      // In by now as a rule (asked for as the page started): then the first frame drawn is clustered.
      withChunk(clusterClientChunk, ({ ClusterClient, ClusterMarks }) => {
        if (detached) return;
        layer.useClusterMarks(new ClusterMarks());
        client = new ClusterClient(clusterPoints(dataset.events), map.getMaxZoom(), (view) =>
          layer.setView(view),
        );
        setClient(client);
        cluster();
      });

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
          // The words of the language shown now.
          const now = appStore.getState().dataset;
          const event = (now?.index === index ? now : dataset).events[hit.position]!;
          const title = shownIn(event.props, 'title', i18n.locale);
          tooltipText.textContent = title.text;
          tooltipText.lang = title.lang;
          tooltipText.dir = 'auto';
          tooltip.setLatLng([event.lat, event.lon]);
        } else {
          const c = unpackCluster(layer.getView().clusters, hit.index);
          tooltipText.lang = document.documentElement.lang;
          tooltip.setLatLng([c.lat, c.lon]);
          // Its words come with the clusters' chunks, in before any cluster is drawn.
          tooltipText.textContent = '';
          withChunk(clusterNamesChunk, ({ describeCluster }) => {
            if (!sameHit(hit, hovered)) return;
            tooltipText.textContent = describeCluster(c);
            tooltip.update();
          });
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
        detached = true;
        client?.dispose();
        setClient(null);
        map.off('zoomend', cluster);
        map.off('click', onClick);
        map.off('mousemove', onMove);
        map.off('mouseout', onOut);
        map.closeTooltip(tooltip);
        layer.remove();
        labels?.remove();
      };
    },
    [map, index, layer],
  );

  return client && <ClusterOverlay layer={layer} client={client} />;
}

function sameHit(a: Hit | null, b: Hit | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'event') return b.kind === 'event' && a.position === b.position;
  return b.kind === 'cluster' && a.index === b.index;
}
