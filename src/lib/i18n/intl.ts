import { i18n } from '@lingui/core';
import { localeInfo, type LocaleCode } from './locales';

const usable = new Map<string, string>();

/**
 * The `Intl` locale of the language shown, for dates and numbers (Gregorian, see locales.ts): its own
 * where this browser has data for it, else its fallback (never the browser's English by default).
 */
export function intlLocale(): string {
  const info = localeInfo((i18n.locale || 'en') as LocaleCode);
  let locale = usable.get(info.intl);
  if (locale === undefined) {
    const known = Intl.DateTimeFormat.supportedLocalesOf([info.intl]).length > 0;
    locale = known || !info.intlFallback ? info.intl : info.intlFallback;
    usable.set(info.intl, locale);
  }
  return locale;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format in the language shown, for UTC days; made once per language and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

const lists = new Map<string, Intl.ListFormat>();

/**
 * Names as the language shown lists them: "A, B and C" (`conjunction`), "A, B or C" (`disjunction`);
 * the format made once per language and kind.
 */
export function listIn(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const locale = intlLocale();
  const key = `${locale} ${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    lists.set(key, format);
  }
  return format.format(items);
}

/** A language's name in the language shown: "English", "انگریزی", "английский". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
