import type { ClusterOptions } from '../../lib/cluster-types';

/** Markers closer than this many pixels merge into a cluster. */
export const CLUSTER_RADIUS = 40;

/**
 * How many zooms above the one shown are clustered too, so a cluster knows
 * where it splits. Building every zoom up to the map's last costs two to four
 * times as much at the zooms readers start at (clusters-main-thread.bench.ts).
 */
const LOOKAHEAD = 3;

/**
 * The zooms to cluster while the map shows `zoom`. Clustering goes on up to
 * the map's last zoom, so events at one spot stay a cluster there (and open
 * as a list) instead of being drawn on top of each other.
 */
export function clusterZooms(zoom: number, mapMaxZoom: number): ClusterOptions {
  const shown = Math.max(0, Math.min(mapMaxZoom, Math.round(zoom)));
  return { radius: CLUSTER_RADIUS, minZoom: shown, maxZoom: Math.min(mapMaxZoom, shown + LOOKAHEAD) };
}
