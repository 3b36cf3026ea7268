import type { ClusterOptions, ClusterPoints } from '../../lib/cluster-types';
import type { PackedClusters } from '../../lib/packed-clusters';

/** Messages to the cluster worker. */
export type ToClusterWorker =
  /** Every event's place and category, once per dataset. */
  | { type: 'points'; points: ClusterPoints }
  /** Cluster these positions (null: the same as last time) at a zoom. */
  | { type: 'cluster'; seq: number; positions: Int32Array | null; options: ClusterOptions; zoom: number }
  /** Every event of a cluster of an index the worker built. */
  | { type: 'leaves'; seq: number; version: number; id: number }
  /** The zoom where such a cluster splits, clustered on its own with these options. */
  | { type: 'split'; seq: number; version: number; id: number; options: ClusterOptions };

/** Answers from the cluster worker. */
export type FromClusterWorker =
  | { type: 'clusters'; seq: number; version: number; singles: Int32Array; clusters: PackedClusters }
  /** Null when the index has been let go. */
  | { type: 'leaves'; seq: number; positions: Int32Array | null }
  | { type: 'split'; seq: number; zoom: number | null };
