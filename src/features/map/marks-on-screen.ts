import type L from 'leaflet';
import type { Mark } from '../../lib/label-placement';
import type { EventCanvasLayer } from './event-canvas-layer';

/** How far the ring round the selected marker reaches beyond it. */
const SELECTION_RING = 8;

/** What an event layer draws, as round marks in container pixels. */
export interface MarksOnScreen {
  /** Lone markers, most prominent first: the selected one, then the largest. */
  readonly singles: ReadonlyArray<Mark & { readonly position: number }>;
  readonly clusters: readonly Mark[];
}

/**
 * The lone markers and the clusters of `layer` that reach into the map; null
 * when more than `limit` events are drawn alone, too many to label.
 */
export function marksOnScreen(layer: EventCanvasLayer, map: L.Map, limit: number): MarksOnScreen | null {
  const styles = layer.styles;
  if (!styles || layer.visibleRanks.length > limit) return null;
  const { scale, dx, dy } = layer.transform(map);
  const size = map.getSize();
  const singles: Array<Mark & { position: number }> = [];
  const add = (i: number, ring: number) => {
    const r = styles.radius[i]! + ring;
    const x = layer.px[i]! * scale + dx;
    const y = layer.py[i]! * scale + dy;
    if (x >= -r && y >= -r && x <= size.x + r && y <= size.y + r) singles.push({ position: i, x, y, r });
  };
  // The selected event is drawn on top with its ring, even inside a cluster (and again among the others: no matter).
  if (layer.selectedShown) add(layer.selected, SELECTION_RING);
  for (let k = 0; k < layer.visibleRanks.length; k++) add(styles.drawOrder[layer.visibleRanks[k]!]!, 0);
  return { singles, clusters: layer.clustersOnScreen() };
}
