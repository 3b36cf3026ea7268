import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { partMissing } from '../../store/part-missing';

/** Fits the map to the printed page while printing (see print-fit.ts, a lazy chunk). */
export function PrintFit() {
  const map = useMap();
  useEffect(
    function fitWhenPrinting() {
      let stop: (() => void) | undefined;
      let gone = false;
      import('./print-fit').then((m) => {
        if (!gone) stop = m.fitForPrint(map);
      }, partMissing);
      return function stopFitting() {
        gone = true;
        stop?.();
      };
    },
    [map],
  );
  return null;
}
