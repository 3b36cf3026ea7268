import { sameLanguage } from './event-language';

type Namer = (code: string) => string | undefined;

const namers = new Map<string, Namer | null>();

/**
 * The browser's names of regions in a language (`Intl.DisplayNames`), each asked for once; null where
 * the language is English (the map keeps Natural Earth's names then) or the browser has no names in
 * it, when `Intl` would answer in its own default language instead.
 */
function namer(locale: string): Namer | null {
  let of = namers.get(locale);
  if (of !== undefined) return of;
  of = null;
  try {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    if (!sameLanguage(locale, 'en') && sameLanguage(names.resolvedOptions().locale, locale)) {
      const known = new Map<string, string | undefined>();
      of = (code) => {
        if (!known.has(code)) {
          let name: string | undefined;
          try {
            name = names.of(code);
          } catch {
            // Not a region code Intl takes.
          }
          known.set(code, name);
        }
        return known.get(code);
      };
    }
  } catch {
    // A locale Intl does not take at all.
  }
  namers.set(locale, of);
  return of;
}

/**
 * A country's name in the language of `locale`, from its ISO 3166-1 alpha-2 code ("AF" → "افغانستان"),
 * as the browser names it; its English name (Natural Earth's) where it has no code, in English, or
 * where the browser has no name for it in that language.
 */
export function countryName(english: string, code: string | undefined, locale: string): string {
  if (!code) return english;
  return namer(locale)?.(code.toUpperCase()) ?? english;
}
