import Supercluster, { type PointFeature } from 'supercluster';
import { CATEGORIES, type Category } from './vocabulary';

/** Where every event of a dataset is and what kind it is, by position, in typed arrays. */
export interface ClusterPoints {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into CATEGORIES. */
  readonly category: Uint8Array;
}

export interface ClusterOptions {
  /** Markers closer than this, in screen pixels, merge. */
  readonly radius: number;
  /** The first zoom that clusters (0 unless given); queries below it get its clusters. */
  readonly minZoom?: number;
  /** The last zoom that clusters; queries beyond it get its clusters. */
  readonly maxZoom: number;
}

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

export interface Cluster {
  /** Valid only for the index that returned it. */
  readonly id: number;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  /** Events per category, by index into CATEGORIES. */
  readonly categories: number[];
  /** The zoom at which it splits: maxZoom + 1 when it does not split up to the index's maxZoom. */
  readonly expansionZoom: number;
}

export interface ClusterQuery {
  readonly clusters: Cluster[];
  /** Positions of the events that stand alone. */
  readonly singles: Int32Array;
}

/** Pixel sizes are for Leaflet's 256-pixel world at zoom 0. */
const TILE_SIZE = 256;

/** Copies the places and categories of events out of their objects, once per dataset. */
export function clusterPoints(
  events: readonly { lon: number; lat: number; props: { category: Category } }[],
): ClusterPoints {
  const n = events.length;
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    lon[i] = e.lon;
    lat[i] = e.lat;
    category[i] = CATEGORIES.indexOf(e.props.category);
  }
  return { lon, lat, category };
}

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

/** Singular and plural nouns for each category, for sentences. */
const NOUNS: Record<Category, readonly [string, string]> = {
  attack: ['attack', 'attacks'],
  'arrest-operation': ['arrest or operation', 'arrests or operations'],
  'legal-act': ['legal or court act', 'legal or court acts'],
  'political-act': ['political or diplomatic act', 'political or diplomatic acts'],
  agreement: ['agreement', 'agreements'],
  report: ['report', 'reports'],
  aggregate: ['aggregate figure', 'aggregate figures'],
  other: ['other event', 'other events'],
};

function counted(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * "12 events: 7 attacks, 3 arrests or operations, 2 reports": the most
 * numerous category first, ties in legend order.
 */
export function describeCluster(cluster: Pick<Cluster, 'count' | 'categories'>): string {
  const parts = CATEGORIES.map((c, k) => ({ c, k, n: cluster.categories[k] ?? 0 }))
    .filter((part) => part.n > 0)
    .sort((a, b) => b.n - a.n || a.k - b.k)
    .map((part) => counted(part.n, NOUNS[part.c]));
  const total = counted(cluster.count, ['event', 'events']);
  return parts.length > 0 ? `${total}: ${parts.join(', ')}` : total;
}

/** A count short enough for a marker: 999, 1.2k, 12k, 1.2M. */
export function abbreviateCount(n: number): string {
  if (n < 1000) return String(n);
  const units: ReadonlyArray<readonly [number, string]> = [
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (n < size) continue;
    const value = n / size;
    const text = value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
    // 999,600 rounds to 1000k: say 1M instead.
    if (suffix === 'k' && Number(text) >= 1000) return '1M';
    return `${text}${suffix}`;
  }
  return String(n);
}
