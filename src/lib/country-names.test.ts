import { describe, expect, it } from 'vitest';
import { countryName } from './country-names';

describe('countryName', () => {
  it('names a country in the language of the locale, from its alpha-2 code', () => {
    expect(countryName('Afghanistan', 'AF', 'ar-u-ca-gregory')).toBe('أفغانستان');
    expect(countryName('Pakistan', 'PK', 'ur-PK-u-ca-gregory')).toBe('پاکستان');
    expect(countryName('Russia', 'RU', 'ru-RU-u-ca-gregory')).toBe('Россия');
    expect(countryName('Iran', 'ir', 'fa-AF-u-ca-gregory')).toBe('ایران');
  });

  it('keeps the English name in English, without a code, or where Intl has no name for it', () => {
    expect(countryName('Dem. Rep. Congo', 'CD', 'en-GB-u-ca-gregory')).toBe('Dem. Rep. Congo');
    expect(countryName('Kosovo', undefined, 'ar')).toBe('Kosovo');
    expect(countryName('Nowhere', 'QQ', 'ar')).toBe('Nowhere');
    expect(countryName('Nowhere', 'not a code', 'ar')).toBe('Nowhere');
  });

  it('keeps the English name where the browser has no names in the language', () => {
    expect(countryName('Afghanistan', 'AF', 'xx-unknown')).toBe('Afghanistan');
  });
});
