/**
 * The interface's languages, each named in itself. `intl` is the locale `Intl` formats dates and
 * numbers in (Dari is Persian as written in Afghanistan: `fa-AF`, with its own month names), always
 * in the Gregorian calendar the data is written in: Afghanistan's locales default to the Solar Hijri
 * calendar, whose months do not line up with a date known only to the month ("July 2023").
 * `font` names the self-hosted face a script needs (see src/lib/i18n/fonts.ts), where one is needed.
 * Adding a language: one line here, its code in lingui.config.ts, and its catalogue (README, "Languages").
 */
export const LOCALES = [
  { code: 'en', name: 'English', intl: 'en-GB-u-ca-gregory', dir: 'ltr' },
  { code: 'ur', name: 'اردو', intl: 'ur-PK-u-ca-gregory', dir: 'rtl' },
  { code: 'ps', name: 'پښتو', intl: 'ps-AF-u-ca-gregory', dir: 'rtl', intlFallback: 'fa-AF-u-ca-gregory' },
  { code: 'fa', name: 'دری', intl: 'fa-AF-u-ca-gregory', dir: 'rtl' },
  { code: 'ar', name: 'العربية', intl: 'ar-u-ca-gregory', dir: 'rtl' },
  { code: 'ru', name: 'Русский', intl: 'ru-RU-u-ca-gregory', dir: 'ltr' },
  { code: 'fr', name: 'Français', intl: 'fr-FR-u-ca-gregory', dir: 'ltr' },
  { code: 'es', name: 'Español', intl: 'es-ES-u-ca-gregory', dir: 'ltr' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'] | 'pseudo';

export interface LocaleInfo {
  code: LocaleCode;
  name: string;
  intl: string;
  dir: 'ltr' | 'rtl';
  /**
   * Where a browser's `Intl` has no data for `intl`, the nearest it may have: Chrome ships no Pashto
   * dates or language names, and Dari's month names are Afghanistan's, as Pashto's are.
   */
  intlFallback?: string;
}

/** English accented and made longer, to find untranslated text and layouts that clip: by address only. */
export const PSEUDO: LocaleInfo = { code: 'pseudo', name: 'Ƥšéûđó', intl: 'en-GB-u-ca-gregory', dir: 'ltr' };

export const SOURCE_LOCALE: LocaleInfo = LOCALES[0];

export function localeInfo(code: LocaleCode): LocaleInfo {
  if (code === 'pseudo') return PSEUDO;
  return LOCALES.find((l) => l.code === code) ?? SOURCE_LOCALE;
}
