import {
  buildClusterIndex,
  clusterLeaves,
  queryClusters,
  splitZoom,
  type ClusterIndex,
} from '../../lib/clusters';
import type { ClusterPoints } from '../../lib/cluster-types';
import { clusterBuffers, packClusters } from '../../lib/packed-clusters';
import type { FromClusterWorker, ToClusterWorker } from './cluster-protocol';

/**
 * Clusters large visible sets off the main thread. It holds the points and
 * the visible positions, rebuilds the index when either or the zooms change,
 * and answers with typed arrays it hands over without copying.
 */

const WORLD = [-180, -90, 180, 90] as const;
/** Indexes whose clusters the page may still show: the one answered last and the one before. */
const KEPT = 2;

let points: ClusterPoints | null = null;
let positions: Int32Array = new Int32Array(0);
let current: { index: ClusterIndex; key: string } | null = null;
let version = 0;
const kept = new Map<number, ClusterIndex>();

function reply(message: FromClusterWorker, transfer: Transferable[]) {
  self.postMessage(message, { transfer });
}

self.onmessage = (e: MessageEvent<ToClusterWorker>) => {
  const m = e.data;
  if (m.type === 'points') {
    points = m.points;
    current = null;
    kept.clear();
  } else if (m.type === 'cluster' && points) {
    if (m.positions) {
      positions = m.positions;
      current = null;
    }
    const key = `${m.options.radius}:${m.options.minZoom}:${m.options.maxZoom}`;
    if (!current || current.key !== key) {
      current = { index: buildClusterIndex(points, positions, m.options), key };
      version++;
    }
    kept.delete(version);
    kept.set(version, current.index);
    for (const old of kept.keys()) if (kept.size > KEPT) kept.delete(old);
    const { clusters, singles } = queryClusters(current.index, WORLD, m.zoom);
    const packed = packClusters(clusters);
    reply({ type: 'clusters', seq: m.seq, version, singles, clusters: packed }, [
      singles.buffer,
      ...clusterBuffers(packed),
    ]);
  } else if (m.type === 'leaves') {
    const index = kept.get(m.version);
    const leaves = index ? clusterLeaves(index, m.id) : null;
    reply({ type: 'leaves', seq: m.seq, positions: leaves }, leaves ? [leaves.buffer] : []);
  } else if (m.type === 'split' && points) {
    const index = kept.get(m.version);
    const zoom = index ? splitZoom(points, clusterLeaves(index, m.id), m.options) : null;
    reply({ type: 'split', seq: m.seq, zoom }, []);
  }
};
