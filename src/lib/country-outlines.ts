import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ANTARCTICA } from './basemap-countries';

/**
 * The country outlines the map draws, read from `url` (world-atlas's file, served with the app):
 * each ring made continuous across the antimeridian, Antarctica left out. For the basemap and the
 * worksheet's small maps alike.
 */
export async function countryOutlines(url: string, signal?: AbortSignal): Promise<FeatureCollection> {
  const [topology, { feature }, { unwrapCollection }] = await Promise.all([
    fetch(url, { signal }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    }),
    import('topojson-client'),
    import('./unwrap-rings'),
  ]);
  return unwrapCollection(feature(topology, topology.objects.countries), (f) => f.id === ANTARCTICA);
}
