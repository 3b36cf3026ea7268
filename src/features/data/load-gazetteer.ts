import { t } from '@lingui/core/macro';
import gazetteerUrl from 'virtual:gazetteer';
import { parseGazetteer, type Gazetteer } from '../../lib/gazetteer';
import type { ImportResult } from '../../lib/import/types';
import { loadCountryShapes } from './load-country-shapes';

let loading: Promise<Gazetteer> | null = null;

/**
 * The gazetteer, fetched from the host serving the app the first time a file
 * needs it and kept while this thread lives (each file is read in a new
 * worker, which takes it from the browser's cache). A failure is not kept:
 * the next file tries again. Fetch only, no DOM: it runs in the worker.
 */
export function loadGazetteer(): Promise<Gazetteer> {
  // The file's name carries a hash of its content: any copy the browser keeps is the right one.
  loading ??= fetch(gazetteerUrl, { cache: 'force-cache' })
    .then(async (response) => {
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        throw new Error(t`the server answered ${status}`);
      }
      return parseGazetteer(await response.text());
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * The import with its rows that have a place name but no coordinates located
 * by the gazetteer where the name is clear. If the gazetteer cannot be had,
 * those rows stay unlocated and the report says why: the rest of the file loads.
 */
export async function locatePlaces(result: ImportResult): Promise<ImportResult> {
  if (result.pending.length === 0) return result;
  const [{ locateByPlaceName, unlocatedBecause }, { countryCode }] = await Promise.all([
    import('../../lib/import/locate-places'),
    import('../../lib/import/countries'),
  ]);
  // A place name that is only a country is placed inside the country's outline: fetched only for such a file.
  const countryNames = result.report.unlocated.some((u) => countryCode(u.place.trim()) !== null);
  const shapes = countryNames ? loadCountryShapes().catch(() => null) : Promise.resolve(null);
  try {
    const [gazetteer, outlines] = await Promise.all([loadGazetteer(), shapes]);
    return locateByPlaceName(
      result,
      gazetteer,
      outlines ? { countryPoint: (code) => outlines.interior(code) } : {},
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return unlocatedBecause(
      result,
      (place) =>
        t({
          comment: '{place} is a place name from the reader’s file. {why} says why, in words',
          message: `“${place}” could not be looked up: the gazetteer did not load (${why})`,
        }),
      t`Load the file again, or add latitude and longitude`,
    );
  }
}
