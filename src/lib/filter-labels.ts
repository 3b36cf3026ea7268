import type { ActorRole } from './vocabulary';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** "Pakistan" for "PK"; the code itself where the browser has no name for it. */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Roles as filter options read them. */
export const ROLE_OPTION_LABELS: Record<ActorRole | 'any', string> = {
  any: 'Any role',
  claimed: 'Claimed',
  blamed: 'Blamed by officials',
  'carried-out': 'Carried out',
  party: 'Party to it',
};
