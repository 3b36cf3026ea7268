import { t } from '@lingui/core/macro';
import countryCodes from '../../lib/country-codes';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { CountryShapes } from '../../lib/country-shapes';
import type { ImportResult } from '../../lib/import/types';

let loading: Promise<CountryShapes> | null = null;

/**
 * The country outlines the basemap draws (the same asset, from the host
 * serving the app), indexed for checking points, the first time a file needs
 * them, and kept while this thread lives. A failure is not kept: the next file
 * tries again. Fetch only, no DOM: it runs in the worker.
 */
export function loadCountryShapes(): Promise<CountryShapes> {
  loading ??= Promise.all([
    fetch(countriesUrl, { cache: 'force-cache' }).then(async (response) => {
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        throw new Error(t`the server answered ${status}`);
      }
      return (await response.json()) as Topology<{ countries: GeometryCollection }>;
    }),
    import('topojson-client'),
    import('../../lib/country-shapes'),
  ])
    .then(([topology, { feature }, { countryShapes }]) =>
      countryShapes(feature(topology, topology.objects.countries), (id) => countryCodes[id]),
    )
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * The import with every point that names a country checked against it (see
 * check-countries.ts). Only a file with such points fetches the outlines; if
 * they cannot be had, its rows load unchecked, with one note saying so.
 */
export async function checkPlaces(result: ImportResult): Promise<ImportResult> {
  const { checkCountries, hasCountriesToCheck, uncheckedBecause } =
    await import('../../lib/import/check-countries');
  if (!hasCountriesToCheck(result)) return result;
  try {
    return checkCountries(result, await loadCountryShapes());
  } catch (error) {
    return uncheckedBecause(result, error instanceof Error ? error.message : String(error));
  }
}
