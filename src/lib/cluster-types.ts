import { CATEGORIES, type Category } from './vocabulary';

/**
 * What the map needs to know of clusters without supercluster (a lazy chunk):
 * their shape and the typed arrays they are built from. What they are called
 * is in cluster-names.ts.
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
