import type L from 'leaflet';

/** Maps whose events have been drawn clustered at least once. */
const clustered = new WeakSet<L.Map>();
const waiting = new WeakMap<L.Map, Array<() => void>>();

/** Said by the event layer on the first frame that shows clusters (or says there are none to show). */
export function markFirstClusters(map: L.Map): void {
  if (clustered.has(map)) return;
  clustered.add(map);
  for (const resolve of waiting.get(map) ?? []) resolve();
  waiting.delete(map);
}

/**
 * Resolves once the map's events are drawn clustered and the page has had a
 * moment with nothing to do (their buttons are rendered then), or after `ms`
 * if that has not come by then (no events, a failed load, a slow file): work
 * that can wait (the country outlines) comes after what the reader came for.
 */
export function afterFirstClusters(map: L.Map, ms: number): Promise<void> {
  return whenClustered(map, ms).then(
    () =>
      new Promise((resolve) => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: ms });
        else setTimeout(resolve, 0);
      }),
  );
}

function whenClustered(map: L.Map, ms: number): Promise<void> {
  if (clustered.has(map)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const list = waiting.get(map) ?? [];
    list.push(() => {
      clearTimeout(timer);
      resolve();
    });
    waiting.set(map, list);
  });
}
