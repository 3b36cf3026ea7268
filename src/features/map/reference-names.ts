import type L from 'leaflet';
import type { CountryLabel } from '../../lib/country-labels';
import type { ReferencePlace } from '../../lib/reference-places';

const NAMES_EVENT = 'wherewhen:countrynames';

/** What the label layer names for orientation: the countries, and the capitals and seats in them. */
interface ReferenceNames {
  readonly countries: readonly CountryLabel[];
  readonly places: readonly ReferencePlace[];
}

const NONE: ReferenceNames = { countries: [], places: [] };
const byMap = new WeakMap<L.Map, ReferenceNames>();

/**
 * Hands the names for orientation from the basemap, which reads the outlines
 * and the places, to the label layer, which draws them: the two are set up
 * apart and either may come first.
 */
export function setReferenceNames(map: L.Map, names: ReferenceNames): void {
  byMap.set(map, names);
  map.fire(NAMES_EVENT);
}

export function referenceNames(map: L.Map): ReferenceNames {
  return byMap.get(map) ?? NONE;
}

/** Calls back whenever the map's reference names change; returns the way to stop. */
export function onReferenceNames(map: L.Map, listener: () => void): () => void {
  map.on(NAMES_EVENT, listener);
  return () => map.off(NAMES_EVENT, listener);
}
