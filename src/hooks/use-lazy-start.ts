import { useEffect } from 'react';

/**
 * Starts something that lives in a lazy chunk once the component is shown,
 * and stops it when the component goes, even if the chunk arrives after that.
 * `start` must be the same function from render to render.
 */
export function useLazyStart(start: () => Promise<() => void>): void {
  useEffect(
    function startWhenLoaded() {
      let stop: (() => void) | null = null;
      let gone = false;
      void start().then((stopIt) => {
        if (gone) stopIt();
        else stop = stopIt;
      });
      return function stopWhenGone() {
        gone = true;
        stop?.();
      };
    },
    [start],
  );
}
