import { bench, describe } from 'vitest';
import { clusterPoints } from './cluster-types';
import { buildClusterIndex, queryClusters } from './clusters';
import { makeDataset } from './dataset';
import { generateEvents } from './synthetic';
import { queryWindow } from './time-index';

// One million events, clustered as the map does it: radius 40 pixels, up to
// zoom 11. The map builds only the zooms from the one shown to three above it
// (see cluster-zooms.ts), so those builds are measured too. Main-thread sizes:
// clusters-main-thread.bench.ts.
const dataset = makeDataset(null, generateEvents(1_000_000, 1));
const points = clusterPoints(dataset.events);
const everything = queryWindow(dataset.index, dataset.index.extent!.start, dataset.index.extent!.end);
const index = buildClusterIndex(points, everything, { radius: 40, maxZoom: 11 });
const WORLD = [-180, -90, 180, 90] as const;
// Around Kabul and Peshawar, about a screen at zoom 8.
const REGION = [67.5, 33, 72.5, 35.5] as const;

describe('clusters at 1,000,000 events', () => {
  bench(
    'buildClusterIndex, zooms 0 to 11',
    () => {
      buildClusterIndex(points, everything, { radius: 40, maxZoom: 11 });
    },
    { iterations: 2, warmupIterations: 0 },
  );

  bench(
    'buildClusterIndex, zooms 2 to 5 (the world on screen)',
    () => {
      buildClusterIndex(points, everything, { radius: 40, minZoom: 2, maxZoom: 5 });
    },
    { iterations: 2, warmupIterations: 0 },
  );

  bench('queryClusters, the whole world at zoom 2', () => {
    queryClusters(index, WORLD, 2);
  });

  bench('queryClusters, a region at zoom 8', () => {
    queryClusters(index, REGION, 8);
  });
});
