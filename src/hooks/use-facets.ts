import { useEffect, useState } from 'react';
import type { Facets } from '../lib/filters';
import { appStore } from '../store/app-store';
import { selectFacets } from '../store/selectors';

/** Up to this many events, counts follow every change; above it, at most every THROTTLE_MS while the window moves. */
const LIVE_UP_TO = 20_000;
const THROTTLE_MS = 150;

/** Counts per filter option in the current time window, kept off the path of a drag on large datasets. */
export function useFacets(): Facets | null {
  const [facets, setFacets] = useState(() => selectFacets(appStore.getState()));
  useEffect(function followWindowAndFilters() {
    let timer = 0;
    let last = 0;
    const update = () => {
      timer = 0;
      last = performance.now();
      setFacets(selectFacets(appStore.getState()));
    };
    update();
    const unsubscribe = appStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.dataset !== previous.dataset) {
        window.clearTimeout(timer);
        update();
        return;
      }
      if (state.timeWindow === previous.timeWindow || timer) return;
      if ((state.dataset?.events.length ?? 0) <= LIVE_UP_TO) update();
      else timer = window.setTimeout(update, Math.max(0, last + THROTTLE_MS - performance.now()));
    });
    return function stop() {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  return facets;
}
