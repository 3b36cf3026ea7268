import { i18n } from '@lingui/core';
import { msg, plural, select, t } from '@lingui/core/macro';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as english from '../../../e2e/english-macros';

/**
 * The end-to-end tests run the app's modules with e2e/english-macros.ts in place of Lingui's macros
 * (Playwright does not compile them): each must give what the compiled macro gives in English.
 */
describe("the end-to-end tests' English macros", () => {
  it('fill a template as the compiled t does', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (place, count) => {
        expect(english.t`Events near ${place}: ${count}`).toBe(t`Events near ${place}: ${count}`);
      }),
    );
  });

  it('choose plural forms and write the number as the compiled plural does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (count) => {
        const compiled = plural(count, { 0: 'No events', one: '# event', other: '# events' });
        expect(english.plural(count, { 0: 'No events', one: '# event', other: '# events' })).toBe(compiled);
      }),
    );
  });

  it('read a descriptor, a select and a msg as the compiled ones read', () => {
    const where = 'Kabul';
    expect(english.t({ comment: 'A place', message: `In ${where}` })).toBe(
      t({ comment: 'A place', message: `In ${where}` }),
    );
    for (const kind of ['city', 'country', 'sea'])
      expect(english.select(kind, { city: 'a city', country: 'a country', other: 'a place' })).toBe(
        select(kind, { city: 'a city', country: 'a country', other: 'a place' }),
      );
    expect(i18n._(english.msg`Attack`)).toBe(i18n._(msg`Attack`));
  });
});
