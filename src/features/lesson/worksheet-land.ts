import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { countryOutlines } from '../../lib/country-outlines';

let land: Promise<FeatureCollection> | null = null;

/**
 * The country outlines the map draws (Basemap.tsx), for the worksheet's small maps: the same file,
 * served with the app, so a worksheet prints offline. Read once for the page.
 */
function loadLand(): Promise<FeatureCollection> {
  land ??= countryOutlines(countriesUrl);
  // A failed read is tried again next time, not remembered.
  land.catch(() => {
    land = null;
  });
  return land;
}

/**
 * The outlines, once read: asked for when the page is idle, after the map's own read of the same
 * file (so the browser's cache usually answers), or at once when printing starts.
 */
export function useWorksheetLand(): FeatureCollection | null {
  const [shapes, setShapes] = useState<FeatureCollection | null>(null);
  useEffect(function readLand() {
    let gone = false;
    const read = () => {
      loadLand().then(
        (collection) => {
          if (!gone) setShapes(collection);
        },
        (error: unknown) => console.warn('The worksheet’s maps have no outlines:', error),
      );
    };
    const idle = typeof window.requestIdleCallback === 'function';
    const handle = idle ? window.requestIdleCallback(read, { timeout: 1500 }) : window.setTimeout(read, 1000);
    window.addEventListener('beforeprint', read);
    return function stopReading() {
      gone = true;
      if (idle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
      window.removeEventListener('beforeprint', read);
    };
  }, []);
  return shapes;
}
