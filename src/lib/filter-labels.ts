import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { intlLocale } from './i18n/intl';
import type { ActorRole } from './vocabulary';

/** The browser's country names, one list per language (null where it has none). */
const regionNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(locale: string): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

/**
 * "Pakistan" for "PK", in the language shown; the code itself where the browser has no name for it.
 * English keeps the names of plain `en` ("St. Lucia"), as before the interface had other languages.
 */
export function countryName(code: string): string {
  const locale = !i18n.locale || i18n.locale === 'en' ? 'en' : intlLocale();
  try {
    return namesIn(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Roles as filter options read them: `i18n._(ROLE_OPTION_LABELS[role])`. */
export const ROLE_OPTION_LABELS: Record<ActorRole | 'any', MessageDescriptor> = {
  any: msg({
    comment: 'A filter option: events whatever role the chosen actors played',
    message: 'Any role',
  }),
  claimed: msg({ comment: 'A filter option: events the chosen actors claimed', message: 'Claimed' }),
  blamed: msg({
    comment: 'A filter option: events officials blamed on the chosen actors',
    message: 'Blamed by officials',
  }),
  'carried-out': msg({
    comment: 'A filter option: events the chosen actors carried out',
    message: 'Carried out',
  }),
  party: msg({
    comment: 'A filter option: events the chosen actors were a party to',
    message: 'Party to it',
  }),
};
