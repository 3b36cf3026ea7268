import type { ActorRole, Category, LocationPrecision } from './vocabulary';

export const CATEGORY_LABELS: Record<Category, string> = {
  attack: 'Attack',
  'arrest-operation': 'Arrest or operation',
  'legal-act': 'Legal or court act',
  'political-act': 'Political or diplomatic act',
  agreement: 'Agreement',
  report: 'Report',
  aggregate: 'Aggregate figure',
  other: 'Other',
};

export const ROLE_LABELS: Record<ActorRole, string> = {
  claimed: 'Claimed by',
  blamed: 'Blamed by officials on',
  'carried-out': 'Carried out by',
  party: 'Party',
};

export const LOCATION_PRECISION_LABELS: Record<LocationPrecision, string> = {
  site: 'exact site',
  city: 'city or town',
  district: 'district',
  province: 'province',
  region: 'region',
  country: 'country only',
  'as-given': 'coordinates as given in the file',
};

/**
 * A place is precise when it is known at least to the town. A point a file
 * gives without its precision counts as precise: a dashed ring would say the
 * place is known only vaguely, which the file does not say either, and the
 * marker stands exactly where the file puts it; its details say "coordinates
 * as given in the file", never "exact site".
 */
export function isPlacePrecise(precision: LocationPrecision): boolean {
  return precision === 'site' || precision === 'city' || precision === 'as-given';
}
