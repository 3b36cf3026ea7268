import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
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

/** "7 attacks": a number of events of one category, for sentences. */
function counted(category: Category, count: number): string {
  switch (category) {
    case 'attack':
      return t({ message: plural(count, { one: '# attack', other: '# attacks' }) });
    case 'arrest-operation':
      return t({
        message: plural(count, { one: '# arrest or operation', other: '# arrests or operations' }),
      });
    case 'legal-act':
      return t({ message: plural(count, { one: '# legal or court act', other: '# legal or court acts' }) });
    case 'political-act':
      return t({
        message: plural(count, {
          one: '# political or diplomatic act',
          other: '# political or diplomatic acts',
        }),
      });
    case 'agreement':
      return t({ message: plural(count, { one: '# agreement', other: '# agreements' }) });
    case 'report':
      return t({
        comment: 'Events of the category "Report" (published reports)',
        message: plural(count, { one: '# report', other: '# reports' }),
      });
    case 'aggregate':
      return t({ message: plural(count, { one: '# aggregate figure', other: '# aggregate figures' }) });
    case 'other':
      return t({
        comment: 'Events of the category "Other"',
        message: plural(count, { one: '# other event', other: '# other events' }),
      });
  }
}

/** "7 attacks, 3 reports": the counts of each category, joined as the language shown joins such a list. */
function listed(parts: readonly string[]): string {
  return parts.reduce((all, next) =>
    t({
      comment: 'Counts of events of each category, joined in a list: "7 attacks, 3 reports"',
      message: `${all}, ${next}`,
    }),
  );
}

/**
 * "12 events: 7 attacks, 3 arrests or operations, 2 reports": the most
 * numerous category first, ties in legend order.
 */
export function describeCluster(cluster: Pick<Cluster, 'count' | 'categories'>): string {
  const parts = CATEGORIES.map((c, k) => ({ c, k, n: cluster.categories[k] ?? 0 }))
    .filter((part) => part.n > 0)
    .sort((a, b) => b.n - a.n || a.k - b.k)
    .map((part) => counted(part.c, part.n));
  const count = cluster.count;
  const total = t({ message: plural(count, { one: '# event', other: '# events' }) });
  if (parts.length === 0) return total;
  const categories = listed(parts);
  return t({
    comment: 'A group of events on the map: "12 events: 7 attacks, 3 reports"',
    message: `${total}: ${categories}`,
  });
}

/** A count short enough for a marker, in the language shown: 999, 1.2k, 12k, 1.2M. */
export function abbreviateCount(n: number): string {
  if (n < 1000) return i18n.number(n);
  const units = [
    [1e6, 'M'],
    [1e3, 'k'],
  ] as const;
  for (const [size, suffix] of units) {
    if (n < size) continue;
    const value = n / size;
    const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
    // 999,600 rounds to 1000k: say 1M instead.
    if (suffix === 'k' && rounded >= 1000) return millions(1);
    return suffix === 'k' ? thousands(rounded) : millions(rounded);
  }
  return i18n.number(n);
}

/** "1.2k" on a marker. */
function thousands(value: number): string {
  const count = i18n.number(value, { maximumFractionDigits: 1 });
  return t({
    comment: 'A number of thousands, as short as a map marker needs: "1.2k" for 1,234',
    message: `${count}k`,
  });
}

/** "1.2M" on a marker. */
function millions(value: number): string {
  const count = i18n.number(value, { maximumFractionDigits: 1 });
  return t({
    comment: 'A number of millions, as short as a map marker needs: "1.2M" for 1,234,567',
    message: `${count}M`,
  });
}
