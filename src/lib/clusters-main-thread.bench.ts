import { bench, describe } from 'vitest';
import { clusterPoints } from './cluster-types';
import { buildClusterIndex, queryClusters } from './clusters';
import { makeDataset } from './dataset';
import { generateEvents } from './synthetic';

const WORLD = [-180, -90, 180, 90] as const;

// The cost of clustering on the main thread, by how many events are visible:
// what sets the size above which the map clusters in a worker.
const small = makeDataset(null, generateEvents(100_000, 2));
const smallPoints = clusterPoints(small.events);
function firstEvents(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i * Math.floor(small.events.length / n));
}

describe('clustering on the main thread: build and query of the whole world', () => {
  for (const n of [1000, 2000, 5000, 10_000]) {
    const positions = firstEvents(n);
    for (const [minZoom, maxZoom] of [
      [3, 6],
      [8, 11],
    ] as const) {
      bench(`${n.toLocaleString('en-GB')} events, zooms ${minZoom} to ${maxZoom}`, () => {
        const built = buildClusterIndex(smallPoints, positions, { radius: 40, minZoom, maxZoom });
        queryClusters(built, WORLD, minZoom);
      });
    }
  }
});
