import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { matchLocale, pickLocale } from './pick-locale';

describe('matchLocale', () => {
  it('finds a language by its code, with a region, in any case, with an underscore', () => {
    expect(matchLocale('ur')).toBe('ur');
    expect(matchLocale('ur-PK')).toBe('ur');
    expect(matchLocale('RU')).toBe('ru');
    expect(matchLocale('fr_CA')).toBe('fr');
    expect(matchLocale(' es-419 ')).toBe('es');
  });

  it('takes Dari by its own codes and Persian as Dari', () => {
    expect(matchLocale('prs')).toBe('fa');
    expect(matchLocale('fa-AF')).toBe('fa');
    expect(matchLocale('fa-IR')).toBe('fa');
  });

  it('has no language for what the interface does not speak', () => {
    expect(matchLocale('de')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale('<script>')).toBeNull();
  });
});

describe('pickLocale', () => {
  it('takes the address first, then the earlier choice, then the browser, then English', () => {
    expect(pickLocale('?lang=ar', 'ru', ['ur'])).toEqual({ locale: 'ar', from: 'address', unknown: null });
    expect(pickLocale('', 'ru', ['ur'])).toEqual({ locale: 'ru', from: 'saved', unknown: null });
    expect(pickLocale('', null, ['de-DE', 'ur-PK', 'en'])).toEqual({
      locale: 'ur',
      from: 'browser',
      unknown: null,
    });
    expect(pickLocale('', null, ['de'])).toEqual({ locale: 'en', from: 'default', unknown: null });
  });

  it('names a ?lang= it has no language for, and falls back as if there were none', () => {
    expect(pickLocale('?lang=klingon', null, ['fr'])).toEqual({
      locale: 'fr',
      from: 'browser',
      unknown: 'klingon',
    });
    expect(pickLocale('?lang=', null, [])).toEqual({ locale: 'en', from: 'default', unknown: '' });
  });

  it('shows the pseudo-locale only when the address asks for it', () => {
    expect(pickLocale('?lang=pseudo', null, []).locale).toBe('pseudo');
    expect(pickLocale('', 'pseudo', ['pseudo']).locale).toBe('en');
  });

  it('always gives a language the interface has, whatever the inputs', () => {
    const codes = new Set<string>([...LOCALES.map((l) => l.code), 'pseudo']);
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.array(fc.string()), (lang, saved, browser) => {
        const choice = pickLocale(`?lang=${encodeURIComponent(lang)}`, saved, browser);
        expect(codes.has(choice.locale)).toBe(true);
      }),
    );
  });
});
