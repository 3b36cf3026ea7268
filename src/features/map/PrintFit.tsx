import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Fits the map to the printed page while printing (see print-fit.ts, a lazy chunk). */
export function PrintFit() {
  const map = useMap();
  useEffect(
    function fitWhenPrinting() {
      let stop: (() => void) | undefined;
      let gone = false;
      void import('./print-fit').then((m) => {
        if (!gone) stop = m.fitForPrint(map);
      });
      return function stopFitting() {
        gone = true;
        stop?.();
      };
    },
    [map],
  );
  return null;
}
