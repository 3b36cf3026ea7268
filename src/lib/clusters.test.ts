import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPoints, type ClusterPoints } from './cluster-types';
import { buildClusterIndex, clusterLeaves, queryClusters, splitZoom, type ClusterIndex } from './clusters';
import { CATEGORIES, type Category } from './vocabulary';

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
const OPTIONS = { radius: 40, maxZoom: 11 };

function points(list: ReadonlyArray<readonly [number, number, Category]>): ClusterPoints {
  return clusterPoints(list.map(([lon, lat, category]) => ({ lon, lat, props: { category } })));
}

function all(p: ClusterPoints): Int32Array {
  return Int32Array.from(p.lon.keys());
}

/** Every position a query represents: its singles and the leaves of its clusters, sorted. */
function represented(index: ClusterIndex, bbox: typeof WORLD, zoom: number): number[] {
  const { clusters, singles } = queryClusters(index, bbox, zoom);
  const members = clusters.flatMap((c) => Array.from(clusterLeaves(index, c.id)));
  return [...singles, ...members].sort((a, b) => a - b);
}

/** At zoom 4 the world is 4,096 pixels wide: 30 pixels is 2.64 degrees of longitude. */
const THIRTY_PX_AT_Z4 = (30 / 4096) * 360;

describe('queryClusters', () => {
  it('merges markers closer than the radius, and splits them at the zoom where they are not', () => {
    const p = points([
      [10, 10, 'attack'],
      [10 + THIRTY_PX_AT_Z4, 10, 'report'],
    ]);
    const index = buildClusterIndex(p, all(p), OPTIONS);
    const atFour = queryClusters(index, WORLD, 4);
    expect(atFour.singles).toHaveLength(0);
    expect(atFour.clusters).toHaveLength(1);
    expect(atFour.clusters[0]).toMatchObject({ count: 2, expansionZoom: 5 });
    expect(atFour.clusters[0]!.categories).toEqual([1, 0, 0, 0, 0, 1, 0, 0]);
    const atFive = queryClusters(index, WORLD, 5);
    expect(atFive.clusters).toHaveLength(0);
    expect(Array.from(atFive.singles).sort()).toEqual([0, 1]);
  });

  it('keeps events at one spot together at the last zoom and beyond, and says they never split', () => {
    const p = points([
      [69.17, 34.53, 'attack'],
      [69.17, 34.53, 'agreement'],
      [69.17, 34.53, 'attack'],
    ]);
    const index = buildClusterIndex(p, all(p), OPTIONS);
    for (const zoom of [OPTIONS.maxZoom, OPTIONS.maxZoom + 3]) {
      const { clusters, singles } = queryClusters(index, WORLD, zoom);
      expect(singles).toHaveLength(0);
      expect(clusters).toHaveLength(1);
      expect(clusters[0]!.expansionZoom).toBe(OPTIONS.maxZoom + 1);
    }
  });

  it('answers zooms below the first clustered zoom with that zoom', () => {
    const p = points([
      [0, 0, 'attack'],
      [THIRTY_PX_AT_Z4 * 4, 0, 'attack'],
    ]);
    // 120 pixels apart at zoom 4: apart there, together at zoom 2.
    const index = buildClusterIndex(p, all(p), { ...OPTIONS, minZoom: 4 });
    expect(queryClusters(index, WORLD, 2).singles).toHaveLength(2);
  });

  it('holds only the given positions', () => {
    const p = points([
      [10, 10, 'attack'],
      [10, 10, 'report'],
      [50, 50, 'agreement'],
    ]);
    const index = buildClusterIndex(p, Int32Array.of(0, 2), OPTIONS);
    expect(represented(index, WORLD, 3)).toEqual([0, 2]);
    expect(queryClusters(index, WORLD, 11).clusters).toHaveLength(0);
  });

  it('keeps events on the edges of the world', () => {
    const p = points([
      [180, 0, 'attack'],
      [-180, 0, 'attack'],
      [0, 90, 'report'],
      [0, -90, 'report'],
    ]);
    const index = buildClusterIndex(p, all(p), OPTIONS);
    expect(represented(index, WORLD, 6)).toEqual([0, 1, 2, 3]);
  });

  it('is empty for no positions', () => {
    const index = buildClusterIndex(points([[1, 1, 'attack']]), new Int32Array(0), OPTIONS);
    expect(queryClusters(index, WORLD, 3)).toEqual({ clusters: [], singles: new Int32Array(0) });
  });

  it('returns, for a region, exactly the events inside it when no group straddles its edge', () => {
    // Three tight groups far apart: around Kabul, Baghdad and Bogota.
    const groups: Array<[number, number]> = [
      [69.17, 34.53],
      [44.37, 33.31],
      [-74.07, 4.71],
    ];
    const list = groups.flatMap(([lon, lat], g) =>
      Array.from({ length: 20 }, (_, i) => [lon + (i % 5) * 0.05, lat + i * 0.01, CATEGORIES[g]!] as const),
    );
    const p = points(list);
    const index = buildClusterIndex(p, all(p), OPTIONS);
    const asia: [number, number, number, number] = [30, 20, 80, 45];
    const inside = list.flatMap(([lon, lat], i) =>
      lon >= 30 && lon <= 80 && lat >= 20 && lat <= 45 ? [i] : [],
    );
    for (const zoom of [2, 5, 8, 11]) expect(represented(index, asia, zoom)).toEqual(inside);
  });
});

describe('splitZoom', () => {
  const options = { radius: 40, minZoom: 2, maxZoom: 11 };

  it('is the zoom where events apart by 30 pixels at zoom 4 stop being one cluster', () => {
    const p = points([
      [10, 10, 'attack'],
      [10 + THIRTY_PX_AT_Z4, 10, 'report'],
    ]);
    expect(splitZoom(p, all(p), options)).toBe(5);
  });

  it('is past the last zoom for events at one spot', () => {
    const p = points([
      [37.6, 55.7, 'legal-act'],
      [37.6, 55.7, 'political-act'],
    ]);
    expect(splitZoom(p, all(p), options)).toBe(12);
  });

  it('is the first zoom for events already apart there', () => {
    const p = points([
      [0, 0, 'attack'],
      [90, 0, 'attack'],
    ]);
    expect(splitZoom(p, all(p), options)).toBe(2);
  });
});

describe('clusters and their members', () => {
  const category = fc.constantFrom(...CATEGORIES);
  const hub = fc.tuple(
    fc.double({ min: -179, max: 179, noNaN: true }),
    fc.double({ min: -80, max: 80, noNaN: true }),
  );
  const offset = fc.tuple(
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
  );
  // Events gathered around a few places, as news events are, so clusters form.
  const dataset = fc
    .array(fc.tuple(hub, fc.array(fc.tuple(offset, category), { minLength: 1, maxLength: 30 })), {
      minLength: 1,
      maxLength: 6,
    })
    .map((hubs) =>
      hubs.flatMap(([[lon, lat], around]) =>
        // Valid data keeps longitudes within ±180.
        around.map(([[dx, dy], c]) => [Math.max(-180, Math.min(180, lon + dx)), lat + dy, c] as const),
      ),
    );

  it('singles and cluster members are exactly the input positions, each once', () => {
    fc.assert(
      fc.property(
        dataset,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (list, zoom, every) => {
          const p = points(list);
          const positions = all(p).filter((i) => i % every === 0);
          const index = buildClusterIndex(p, positions, OPTIONS);
          expect(represented(index, WORLD, zoom)).toEqual(Array.from(positions));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts per category sum to the count, and match the categories of the leaves', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 0, max: 11 }), (list, zoom) => {
        const p = points(list);
        const index = buildClusterIndex(p, all(p), OPTIONS);
        for (const cluster of queryClusters(index, WORLD, zoom).clusters) {
          const leaves = clusterLeaves(index, cluster.id);
          expect(leaves).toHaveLength(cluster.count);
          const tally = CATEGORIES.map(() => 0);
          for (const leaf of leaves) tally[p.category[leaf]!]!++;
          expect(cluster.categories).toEqual(tally);
          expect(cluster.expansionZoom).toBeGreaterThan(Math.min(zoom, OPTIONS.maxZoom));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists leaves in ascending order', () => {
    const p = points(Array.from({ length: 50 }, (_, i) => [i * 0.001, 0, 'attack'] as const));
    const index = buildClusterIndex(p, all(p), OPTIONS);
    const [cluster] = queryClusters(index, WORLD, 3).clusters;
    expect(Array.from(clusterLeaves(index, cluster!.id))).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
