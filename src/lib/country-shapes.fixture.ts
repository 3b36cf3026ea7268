/** For tests only: the country outlines the app ships, read as the worker reads them (see load-country-shapes.ts). */
import type { Feature } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryShapes, type CountryShapes } from './country-shapes';

// A CommonJS package: required, so the end-to-end tests (plain Node ESM) can use this too.
const { getNumericCodes } = createRequire(import.meta.url)('i18n-iso-countries') as {
  getNumericCodes: () => Record<string, string>;
};

let shapes: CountryShapes | null = null;

/** The outlines as GeoJSON, each feature with its alpha-2 code. */
export function shippedCountries(): Array<{ code: string | undefined; feature: Feature }> {
  const path = 'node_modules/world-atlas/countries-50m.json';
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const numeric = getNumericCodes();
  return feature(topology, topology.objects.countries).features.map((f) => ({
    code: numeric[String(f.id)],
    feature: f,
  }));
}

/** Built once per test file: indexing the outlines takes a few hundred milliseconds. */
export function shippedShapes(fresh = false): CountryShapes {
  if (shapes && !fresh) return shapes;
  const path = 'node_modules/world-atlas/countries-50m.json';
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const numeric = getNumericCodes();
  const built = countryShapes(feature(topology, topology.objects.countries), (id) => numeric[id]);
  if (!fresh) shapes = built;
  return built;
}
