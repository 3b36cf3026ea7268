import './peer.css';
import type { MapEvent } from '../../src/lib/dataset';
import { syntheticDataset } from '../../src/lib/synthetic';
import { queryWindow } from '../../src/lib/time-index';

/** What a peer page offers the bench: how many events it drew last, and a step of the window. */
export interface PeerApi {
  readonly visible: number;
  step(i: number, steps: number): void;
}

declare global {
  interface Window {
    __peer?: PeerApi;
  }
}

/**
 * The events of `?n=&seed=` (the app's `?synthetic=` events) and the window
 * the app's scrub moves: a tenth of the extent, from its start at step 0 to
 * its end at the last step. Each step gives the events in that window.
 */
export function peerWindow(search: string): {
  events: readonly MapEvent[];
  bounds: [[number, number], [number, number]];
  at: (i: number, steps: number) => MapEvent[];
} {
  const params = new URLSearchParams(search);
  const dataset = syntheticDataset(Number(params.get('n') ?? 100_000), Number(params.get('seed') ?? 1));
  const { index, events } = dataset;
  const min = index.extent?.start ?? 0;
  const max = index.extent?.end ?? 0;
  const width = Math.round((max - min) * 0.1);
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (const e of events) {
    south = Math.min(south, e.lat);
    north = Math.max(north, e.lat);
    west = Math.min(west, e.lon);
    east = Math.max(east, e.lon);
  }
  return {
    events,
    bounds: [
      [south, west],
      [north, east],
    ],
    at(i, steps) {
      const from = min + Math.round(((max - min - width) * i) / steps);
      return Array.from(queryWindow(index, from, from + width), (p) => events[p]!);
    },
  };
}
