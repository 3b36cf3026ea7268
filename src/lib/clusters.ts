import Supercluster, { type PointFeature } from 'supercluster';
import type { Cluster, ClusterOptions, ClusterPoints, ClusterQuery } from './cluster-types';

import { CATEGORIES } from './vocabulary';

/** A point's properties: its position in the dataset and its category. */
interface PointProps {
  readonly p: number;
  readonly k: number;
}

/** Events per category, keyed by index into CATEGORIES; flat so supercluster's shallow copies stay separate. */
type CategoryCounts = Record<number, number>;

/** Supercluster's index over some of the events, built for one visible set. */
export interface ClusterIndex {
  readonly tree: Supercluster<PointProps, CategoryCounts>;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** How many events it holds. */
  readonly size: number;
}

/** Pixel sizes are for Leaflet's 256-pixel world at zoom 0. */
const TILE_SIZE = 256;

function countOne(props: PointProps): CategoryCounts {
  const counts: CategoryCounts = {};
  for (let k = 0; k < CATEGORIES.length; k++) counts[k] = 0;
  counts[props.k] = 1;
  return counts;
}

function addCounts(into: CategoryCounts, from: Readonly<CategoryCounts>): void {
  for (let k = 0; k < CATEGORIES.length; k++) into[k]! += from[k]!;
}

/**
 * Clusters the events at `positions` at every zoom from `minZoom` to
 * `maxZoom`, keeping a count per category in each cluster (supercluster's map
 * and reduce). The cost grows with the number of zooms, above all the high
 * ones where few events merge.
 */
export function buildClusterIndex(
  points: ClusterPoints,
  positions: Int32Array,
  options: ClusterOptions,
): ClusterIndex {
  const features = new Array<PointFeature<PointProps>>(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    features[i] = {
      type: 'Feature',
      properties: { p, k: points.category[p]! },
      geometry: { type: 'Point', coordinates: [points.lon[p]!, points.lat[p]!] },
    };
  }
  const minZoom = Math.min(options.minZoom ?? 0, options.maxZoom);
  const tree = new Supercluster<PointProps, CategoryCounts>({
    radius: options.radius,
    extent: TILE_SIZE,
    minZoom,
    maxZoom: options.maxZoom,
    map: countOne,
    reduce: addCounts,
  }).load(features);
  return { tree, minZoom, maxZoom: options.maxZoom, size: positions.length };
}

/**
 * The clusters and lone events of the index inside `bbox` ([west, south,
 * east, north] in degrees) at `zoom`. Zooms outside the index's range get the
 * clusters of the nearest zoom in it, so events at one spot stay together
 * past maxZoom.
 */
export function queryClusters(
  index: ClusterIndex,
  bbox: readonly [number, number, number, number],
  zoom: number,
): ClusterQuery {
  if (index.size === 0) return { clusters: [], singles: new Int32Array(0) };
  const z = Math.max(index.minZoom, Math.min(index.maxZoom, Math.floor(zoom)));
  const features = index.tree.getClusters([...bbox], z);
  const clusters: Cluster[] = [];
  const singles: number[] = [];
  for (const f of features) {
    const props = f.properties;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    if ('cluster' in props) {
      const categories = CATEGORIES.map((_, k) => props[k] ?? 0);
      clusters.push({
        id: props.cluster_id,
        lon,
        lat,
        count: props.point_count,
        categories,
        expansionZoom: index.tree.getClusterExpansionZoom(props.cluster_id),
      });
    } else {
      singles.push(props.p);
    }
  }
  return { clusters, singles: Int32Array.from(singles) };
}

/**
 * The zoom at which the events at `positions`, clustered on their own from
 * `options.minZoom` up, stop being one cluster; `options.maxZoom + 1` if they
 * never do. For a cluster whose index stops short of the zoom where it splits.
 */
export function splitZoom(points: ClusterPoints, positions: Int32Array, options: ClusterOptions): number {
  const index = buildClusterIndex(points, positions, options);
  const { clusters, singles } = queryClusters(index, [-180, -90, 180, 90], index.minZoom);
  if (clusters.length !== 1 || singles.length > 0) return index.minZoom;
  return clusters[0]!.expansionZoom;
}

/** Positions of every event in a cluster, in ascending order (date order for a dataset). */
export function clusterLeaves(index: ClusterIndex, id: number): Int32Array {
  const leaves = index.tree.getLeaves(id, Infinity);
  return Int32Array.from(leaves, (f) => f.properties.p).sort();
}
