import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import countryPathsUrl from 'virtual:country-paths';
import type { CountryLabel } from '../../lib/country-labels';
import type { ReferencePlace } from '../../lib/reference-places';
import { setReferenceNames } from './reference-names';
import { afterFirstClusters } from './first-clusters';
import type { BasemapLayer } from './basemap-layer';

/** Short enough for one line in a 320-pixel frame. The names of the sources, in every language. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- proper names
const ATTRIBUTION = 'Natural Earth · GeoNames';

/** How long the outlines wait for the events' first clusters before they are drawn anyway. */
const DRAW_WITHIN_MS = 1500;

/**
 * Country outlines from Natural Earth (1:50m, via world-atlas), served with
 * the app: the map needs no tile server and tells no third party where the
 * reader looks. `filled` draws the land; without it, only the borders, for
 * drawing over raster tiles.
 */
export function Basemap({ filled }: { filled: boolean }) {
  const map = useMap();
  const [layer, setLayer] = useState<BasemapLayer | null>(null);
  const names = useRef<{ countries: readonly CountryLabel[]; places: readonly ReferencePlace[] }>({
    countries: [],
    places: [],
  });
  // The style to draw with, read when the outlines arrive or the scheme changes, which may be after it changed.
  const filledRef = useRef(filled);
  useEffect(
    function restyle() {
      filledRef.current = filled;
      layer?.setFilled(filled);
      // Over raster tiles the tiles carry the names.
      setReferenceNames(map, filled ? names.current : { countries: [], places: [] });
    },
    [map, layer, filled],
  );
  useEffect(
    function loadCountries() {
      const controller = new AbortController();
      let layer: BasemapLayer | null = null;
      map.attributionControl?.addAttribution(ATTRIBUTION);
      // Fetched at once, read and drawn after the events' first clusters: the markers are what the reader came for.
      const clustered = afterFirstClusters(map, DRAW_WITHIN_MS);
      // The outlines and the code that reads them load together, after the page.
      Promise.all([
        fetchBytes(countryPathsUrl, controller.signal),
        import('../../lib/country-paths-file'),
        import('../../lib/country-paths'),
        import('./basemap-layer'),
        // Where each country's name goes, worked out at build time.
        import('virtual:country-labels'),
        import('../../lib/reference-places'),
        import('./reference-rows'),
        clustered,
      ])
        .then(([file, { decodeCountryPaths }, { countryCount }, { addBasemap }, labels, reference, rows]) => {
          if (controller.signal.aborted) return;
          const paths = decodeCountryPaths(file);
          layer = addBasemap(map, paths, filledRef.current);
          const places = reference.referencePlaces(rows.default);
          // Each country with its code, by which its name is written in the reader's language.
          names.current = { countries: labels.default, places };
          setReferenceNames(map, filledRef.current ? names.current : { countries: [], places: [] });
          setLayer(layer);
          // Drawn on canvas, so say in the DOM how many outlines are there (for tests and tools).
          map.getContainer().dataset.countries = String(countryCount(paths));
        })
        .catch((error: unknown) => {
          // Without outlines the markers and the list still work; say so quietly.
          if (!controller.signal.aborted) console.warn('Country outlines could not be loaded:', error);
        });
      return function removeCountries() {
        controller.abort();
        setReferenceNames(map, { countries: [], places: [] });
        layer?.remove();
        map.attributionControl?.removeAttribution(ATTRIBUTION);
      };
    },
    [map],
  );
  return null;
}

/** The file at `url`, as bytes. */
async function fetchBytes(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
