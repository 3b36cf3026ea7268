import type L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstClusters, markFirstClusters } from './first-clusters';

const aMap = () => ({}) as L.Map;

describe('afterFirstClusters', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the first clusters of its own map, not another', async () => {
    const map = aMap();
    const other = aMap();
    let done = false;
    void afterFirstClusters(map, 1000).then(() => (done = true));
    markFirstClusters(other);
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    markFirstClusters(map);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('resolves at the next idle moment once the clusters have been drawn', async () => {
    const map = aMap();
    markFirstClusters(map);
    let done = false;
    void afterFirstClusters(map, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('gives up waiting after the time given', async () => {
    const map = aMap();
    let done = false;
    void afterFirstClusters(map, 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    // Then a moment with nothing to do (a timer of 0 where there is no idle callback, as here).
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(true);
  });
});
