import { describe, expect, it } from 'vitest';
import type { Cluster } from './cluster-types';
import { clusterBuffers, countMembers, NO_CLUSTERS, packClusters, unpackCluster } from './packed-clusters';

const clusters: Cluster[] = [
  { id: 40, lon: 69.17, lat: 34.53, count: 3, categories: [2, 0, 0, 0, 1, 0, 0, 0], expansionZoom: 6 },
  { id: 72, lon: -74, lat: 40.7, count: 12, categories: [7, 3, 0, 0, 0, 2, 0, 0], expansionZoom: 12 },
];

describe('packClusters', () => {
  it('unpacks to the clusters it was given', () => {
    const packed = packClusters(clusters);
    expect(packed.length).toBe(2);
    expect([0, 1].map((i) => unpackCluster(packed, i))).toEqual(clusters);
  });

  it('counts the events the clusters hold', () => {
    expect(countMembers(packClusters(clusters))).toBe(15);
    expect(countMembers(NO_CLUSTERS)).toBe(0);
  });

  it('names a separate buffer for each array, so all can be transferred', () => {
    const buffers = clusterBuffers(packClusters(clusters));
    expect(new Set(buffers).size).toBe(6);
  });
});
