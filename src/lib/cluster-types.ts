import { CATEGORIES, type Category } from './vocabulary';

/**
 * What the map needs to know of clusters without supercluster (a lazy chunk):
 * their shape, the typed arrays they are built from, and how they are read out.
 */

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
