import { useLingui } from '@lingui/react/macro';
import L from 'leaflet';
import { markFirstClusters } from './first-clusters';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { carry } from '../../lib/canvas-transform';
import { describeCluster } from '../../lib/cluster-names';
import { unpackCluster } from '../../lib/packed-clusters';
import { appStore } from '../../store/app-store';
import type { ClusterClient } from './cluster-client';
import { ClusterList } from './ClusterList';
import { isFromOverlay, OVERLAY_CLASS } from './overlay-class';
import type { EventCanvasLayer } from './event-canvas-layer';
import { layerTransform, zoomTarget } from './canvas-layer';
import './clusters.css';

/**
 * At most this many clusters on screen get a button, the largest ones. Even a
 * large screen holds far fewer clusters 40 pixels apart; past it, the event
 * list still holds every event.
 */
export const BUTTON_CAP = 200;

interface OpenList {
  readonly client: ClusterClient;
  readonly positions: Int32Array;
  /** The cluster's centre in container pixels, and its radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly key: string | null;
  readonly opener: HTMLElement | null;
}

interface Place {
  readonly lat: number;
  readonly lon: number;
}

function keyOf(place: Place): string {
  return `${place.lat.toFixed(4)},${place.lon.toFixed(4)}`;
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A real button over each cluster on screen, for the keyboard, screen readers
 * and the mouse: activating one zooms in to where it splits, or, when it does
 * not split before the map's last zoom, lists its events.
 */
export function ClusterOverlay({ layer, client }: { layer: EventCanvasLayer; client: ClusterClient }) {
  const { t } = useLingui();
  const map = useMap();
  const [host] = useState(() => {
    const div = document.createElement('div');
    div.className = OVERLAY_CLASS;
    return div;
  });
  const [, setVersion] = useState(0);
  const [list, setList] = useState<OpenList | null>(null);
  /** Where focus was among the buttons before they changed, to put it back on the nearest. */
  const refocus = useRef<Place | null>(null);
  const pressedAt = useRef<{ x: number; y: number } | null>(null);

  useEffect(
    function mountOverlay() {
      const container = map.getContainer();
      container.insertBefore(host, container.querySelector('.leaflet-control-container'));
      // Buttons sit at layer points; the overlay follows the map as it pans, frame by frame.
      const follow = () => {
        const origin = map.containerPointToLayerPoint([0, 0]);
        host.style.transform = `translate(${-origin.x}px, ${-origin.y}px)`;
      };
      const refresh = () => {
        const active = document.activeElement;
        if (active instanceof HTMLElement && host.contains(active)) {
          refocus.current = { lat: Number(active.dataset.lat), lon: Number(active.dataset.lon) };
        }
        setVersion((v) => v + 1);
      };
      const stopView = layer.onViewChange(refresh);
      const stopDraw = layer.onDraw(follow);
      // During a zoom animation the buttons ride it with the markers' canvas, to where the zoom goes.
      const onZoomAnim = (e: L.LeafletEvent) => {
        const pane = L.DomUtil.getPosition(map.getPane('mapPane')!);
        const { x, y, scale } = carry(layerTransform(map), zoomTarget(map, e));
        host.classList.add('zooming');
        host.style.transform = `translate(${pane.x + x}px, ${pane.y + y}px) scale(${scale})`;
      };
      const onZoomEnd = () => {
        host.classList.remove('zooming');
        follow();
      };
      map.on('zoomend viewreset moveend resize', refresh);
      map.on('zoomanim', onZoomAnim);
      map.on('zoomend', onZoomEnd);
      // A view that arrived between the first render and now would otherwise go unseen.
      const catchUp = requestAnimationFrame(() => {
        refresh();
        follow();
      });
      return function unmountOverlay() {
        cancelAnimationFrame(catchUp);
        stopView();
        stopDraw();
        map.off('zoomend viewreset moveend resize', refresh);
        map.off('zoomanim', onZoomAnim);
        map.off('zoomend', onZoomEnd);
        host.remove();
      };
    },
    [map, layer, host],
  );

  const activate = useCallback(
    (index: number, opener: HTMLElement | null) => {
      const view = layer.getView();
      const cluster = unpackCluster(view.clusters, index);
      const maxZoom = map.getMaxZoom();
      const zoom = map.getZoom();
      if (zoom >= maxZoom || cluster.expansionZoom > maxZoom) {
        const { x, y } = map.latLngToContainerPoint([cluster.lat, cluster.lon]);
        const r = layer.clusterRadius(index);
        const key = opener ? keyOf(cluster) : null;
        void client.leaves(view, index).then((positions) => {
          if (positions) setList({ client, positions, x, y, r, key, opener });
        });
        return;
      }
      if (opener) refocus.current = cluster;
      const zoomTo = (splits: number) => {
        const target = Math.min(maxZoom, Math.max(splits, Math.floor(zoom) + 1));
        map.setView([cluster.lat, cluster.lon], target, { animate: !reducedMotion() });
      };
      // Past the zooms the view clustered, the expansion zoom is only a lower bound: ask.
      if (view.zooms && cluster.expansionZoom > view.zooms.maxZoom) {
        void client.splitZoom(view, index).then((splits) => zoomTo(splits ?? cluster.expansionZoom));
      } else {
        zoomTo(cluster.expansionZoom);
      }
    },
    [map, layer, client],
  );

  useEffect(function sayFirstClusters() {
    // Once clustered markers and their buttons are on screen, the map's later work (the outlines) may start.
    if (layer.getView().source !== undefined) markFirstClusters(map);
  });

  useEffect(
    function activateOnCanvasClick() {
      // Clusters past the cap have no button: a click on the canvas reaches them.
      const onClick = (e: L.LeafletMouseEvent) => {
        if (isFromOverlay(e)) return;
        const hit = layer.hitTest(e.containerPoint.x, e.containerPoint.y);
        if (hit?.kind === 'cluster') activate(hit.index, null);
      };
      map.on('click', onClick);
      return function unbind() {
        map.off('click', onClick);
      };
    },
    [map, layer, activate],
  );

  useLayoutEffect(function restoreFocus() {
    const place = refocus.current;
    refocus.current = null;
    const active = document.activeElement;
    // Only when the focused button went away; focus the reader moved elsewhere stays there.
    if (!place || (active && active !== document.body)) return;
    const target = map.latLngToContainerPoint([place.lat, place.lon]);
    let nearest: HTMLElement = map.getContainer();
    let best = Infinity;
    for (const button of host.querySelectorAll<HTMLElement>('button')) {
      const p = map.latLngToContainerPoint([Number(button.dataset.lat), Number(button.dataset.lon)]);
      const d = p.distanceTo(target);
      if (d < best) [best, nearest] = [d, button];
    }
    nearest.focus({ preventScroll: true });
  });

  const closeList = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus && list) (list.opener?.isConnected ? list.opener : map.getContainer()).focus();
      setList(null);
    },
    [list, map],
  );

  const view = layer.getView();
  const maxZoom = map.getMaxZoom();
  const atLastZoom = map.getZoom() >= maxZoom;
  const origin = map.containerPointToLayerPoint([0, 0]);
  const shown = layer
    .clustersOnScreen()
    .sort((a, b) => view.clusters.count[b.index]! - view.clusters.count[a.index]!)
    .slice(0, BUTTON_CAP)
    // Tab goes through them in reading order: by rows, then left to right.
    .sort((a, b) => Math.round(a.y / 40) - Math.round(b.y / 40) || a.x - b.x);
  const keys = new Set<string>();
  const openList = list?.client === client ? list : null;

  return (
    <>
      {createPortal(
        shown.map(({ index, x, y, r }) => {
          const cluster = unpackCluster(view.clusters, index);
          let key = keyOf(cluster);
          while (keys.has(key)) key += '+';
          keys.add(key);
          const listsEvents = atLastZoom || cluster.expansionZoom > maxZoom;
          const description = describeCluster(cluster);
          return (
            <button
              key={key}
              type="button"
              className="cluster-button"
              aria-label={
                listsEvents
                  ? t({
                      comment: 'A cluster on the map: {description} counts its events by category',
                      message: `${description}. Show the list`,
                    })
                  : t({
                      comment: 'A cluster on the map: {description} counts its events by category',
                      message: `${description}. Zoom in`,
                    })
              }
              aria-haspopup={listsEvents ? 'dialog' : undefined}
              aria-expanded={listsEvents ? openList?.key === key : undefined}
              data-lat={cluster.lat}
              data-lon={cluster.lon}
              style={{ left: x + origin.x - r, top: y + origin.y - r, width: r * 2, height: r * 2 }}
              onPointerDown={(e) => (pressedAt.current = { x: e.clientX, y: e.clientY })}
              onClick={(e) => {
                // A drag of the map that started on the button is not a click on it.
                const from = pressedAt.current;
                if (e.detail > 0 && from && Math.hypot(e.clientX - from.x, e.clientY - from.y) > 4) return;
                activate(index, e.currentTarget);
              }}
            />
          );
        }),
        host,
      )}
      {openList &&
        map.getContainer().parentElement &&
        createPortal(
          <ClusterList
            positions={openList.positions}
            anchor={openList}
            area={map.getSize()}
            onChoose={(id) => {
              // Focus goes on to the chosen event's details, not back to the cluster.
              closeList(false);
              appStore.getState().selectEvent(id, 'cluster-list');
            }}
            onClose={closeList}
          />,
          map.getContainer().parentElement!,
        )}
    </>
  );
}
