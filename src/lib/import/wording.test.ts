import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { activateEnglish } from '../i18n/activate';
import { localeInfo, type LocaleCode } from '../i18n/locales';
import { eitherOf } from './wording';

function inLanguage(code: LocaleCode, run: () => void) {
  i18n.loadAndActivate({ locale: code, locales: [localeInfo(code).intl], messages: {} });
  try {
    run();
  } finally {
    activateEnglish();
  }
}

describe('eitherOf', () => {
  it('lists names of which any one would do, as English does', () => {
    expect(eitherOf([])).toBe('');
    expect(eitherOf(['Afghanistan'])).toBe('Afghanistan');
    expect(eitherOf(['Afghanistan', 'Pakistan'])).toBe('Afghanistan or Pakistan');
    expect(eitherOf(['Afghanistan', 'Iran', 'Pakistan'])).toBe('Afghanistan, Iran or Pakistan');
  });

  it('lists them as the language shown does', () => {
    inLanguage('ru', () => {
      expect(eitherOf(['Афганистан', 'Пакистан'])).toBe('Афганистан или Пакистан');
      expect(eitherOf(['Афганистан', 'Иран', 'Пакистан'])).toBe('Афганистан, Иран или Пакистан');
    });
    inLanguage('fr', () => expect(eitherOf(['Afghanistan', 'Pakistan'])).toBe('Afghanistan ou Pakistan'));
  });
});
