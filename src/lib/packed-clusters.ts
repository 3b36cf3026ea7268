import type { Cluster } from './cluster-types';
import { CATEGORIES } from './vocabulary';

/**
 * Clusters in typed arrays, one entry per cluster: a worker hands them over
 * without copying (transfer), and a draw loop reads them without an object per
 * cluster. `categories` holds CATEGORIES.length counts per cluster.
 */
export interface PackedClusters {
  readonly length: number;
  readonly id: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly count: Int32Array;
  readonly expansionZoom: Int32Array;
  readonly categories: Int32Array;
}

const K = CATEGORIES.length;

export const NO_CLUSTERS: PackedClusters = packClusters([]);

export function packClusters(clusters: readonly Cluster[]): PackedClusters {
  const n = clusters.length;
  const packed = {
    length: n,
    id: new Int32Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    count: new Int32Array(n),
    expansionZoom: new Int32Array(n),
    categories: new Int32Array(n * K),
  };
  clusters.forEach((c, i) => {
    packed.id[i] = c.id;
    packed.lon[i] = c.lon;
    packed.lat[i] = c.lat;
    packed.count[i] = c.count;
    packed.expansionZoom[i] = c.expansionZoom;
    for (let k = 0; k < K; k++) packed.categories[i * K + k] = c.categories[k] ?? 0;
  });
  return packed;
}

/** The i-th cluster as an object. */
export function unpackCluster(packed: PackedClusters, i: number): Cluster {
  return {
    id: packed.id[i]!,
    lon: packed.lon[i]!,
    lat: packed.lat[i]!,
    count: packed.count[i]!,
    expansionZoom: packed.expansionZoom[i]!,
    categories: Array.from(packed.categories.subarray(i * K, (i + 1) * K)),
  };
}

/** The buffers to transfer to another thread along with the clusters. */
export function clusterBuffers(packed: PackedClusters): ArrayBuffer[] {
  return [packed.id, packed.lon, packed.lat, packed.count, packed.expansionZoom, packed.categories].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** How many events the clusters hold together. */
export function countMembers(packed: PackedClusters): number {
  let total = 0;
  for (let i = 0; i < packed.length; i++) total += packed.count[i]!;
  return total;
}
