import type L from 'leaflet';
import type { CountryLabel } from '../../lib/country-labels';

const NAMES_EVENT = 'wherewhen:countrynames';
const byMap = new WeakMap<L.Map, readonly CountryLabel[]>();

/**
 * Hands the places for country names from the basemap, which reads the
 * outlines, to the label layer, which draws them: the two are set up apart
 * and either may come first.
 */
export function setCountryNames(map: L.Map, names: readonly CountryLabel[]): void {
  byMap.set(map, names);
  map.fire(NAMES_EVENT);
}

export function countryNames(map: L.Map): readonly CountryLabel[] {
  return byMap.get(map) ?? [];
}

/** Calls back whenever the map's country names change; returns the way to stop. */
export function onCountryNames(map: L.Map, listener: () => void): () => void {
  map.on(NAMES_EVENT, listener);
  return () => map.off(NAMES_EVENT, listener);
}
