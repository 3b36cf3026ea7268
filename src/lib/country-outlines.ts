import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ANTARCTICA } from './basemap-countries';

/**
 * The country outlines the map draws, read from `url` (world-atlas's file, served with the app):
 * each ring made continuous across the antimeridian, Antarctica left out. For the worksheet's small
 * maps; the basemap reads the same outlines from a file of its own (lib/country-paths-file.ts).
 */
export async function countryOutlines(url: string): Promise<FeatureCollection> {
  const [response, { feature }, { unwrapCollection }] = await Promise.all([
    fetch(url).then((answer) => {
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      return answer;
    }),
    import('topojson-client'),
    import('./unwrap-rings'),
  ]);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return unwrapCollection(feature(topology, topology.objects.countries), (f) => f.id === ANTARCTICA);
}
