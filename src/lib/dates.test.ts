import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { activateEnglish } from './i18n/activate';
import { localeInfo, type LocaleCode } from './i18n/locales';
import {
  dayFromParts,
  dayToIso,
  eventDayRange,
  formatDay,
  formatEventDate,
  formatPoint,
  isoToDay,
  monthName,
  partsFromDay,
  pointRange,
} from './dates';

describe('day numbers', () => {
  it('counts whole UTC days from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1970, 1, 2)).toBe(1);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
  });

  it('turns a day number back into its calendar date', () => {
    expect(partsFromDay(dayFromParts(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads and writes ISO dates and refuses impossible ones', () => {
    expect(dayToIso(dayFromParts(2025, 4, 15))).toBe('2025-04-15');
    expect(isoToDay('2025-04-15')).toBe(dayFromParts(2025, 4, 15));
    expect(isoToDay('2025-02-30')).toBeNull();
    expect(isoToDay('15/04/2025')).toBeNull();
    expect(isoToDay('')).toBeNull();
  });
});

describe('precision', () => {
  it('gives a month the whole month, leap years included', () => {
    expect(pointRange('2024-02')).toEqual({
      first: dayFromParts(2024, 2, 1),
      last: dayFromParts(2024, 2, 29),
    });
    expect(pointRange('2023-12').last).toBe(dayFromParts(2023, 12, 31));
  });

  it('gives a year the whole year', () => {
    expect(pointRange('2003')).toEqual({
      first: dayFromParts(2003, 1, 1),
      last: dayFromParts(2003, 12, 31),
    });
  });

  it('gives a span from the first day of its start to the last day of its end', () => {
    expect(eventDayRange({ precision: 'span', start: '2025-01', end: '2025-04-16' })).toEqual({
      start: dayFromParts(2025, 1, 1),
      end: dayFromParts(2025, 4, 16),
    });
  });

  it('gives a day one day', () => {
    const d = dayFromParts(2021, 8, 26);
    expect(eventDayRange({ precision: 'day', value: '2021-08-26' })).toEqual({ start: d, end: d });
  });
});

describe('formatting', () => {
  it('writes a day in full', () => {
    expect(formatDay(dayFromParts(2025, 4, 15))).toBe('15 April 2025');
  });

  it('writes dates only as precisely as they are known', () => {
    expect(formatEventDate({ precision: 'day', value: '2025-04-15' })).toBe('15 April 2025');
    expect(formatEventDate({ precision: 'month', value: '2023-07' })).toBe('July 2023');
    expect(formatEventDate({ precision: 'year', value: '2003' })).toBe('2003');
  });

  it('writes a span within one year with the year once', () => {
    expect(formatEventDate({ precision: 'span', start: '2020-01-01', end: '2020-09-30' })).toBe(
      '1 Jan to 30 Sept 2020',
    );
  });

  it('writes a span across years with both years', () => {
    expect(formatEventDate({ precision: 'span', start: '2021-12', end: '2022-01' })).toBe(
      'Dec 2021 to Jan 2022',
    );
    expect(formatEventDate({ precision: 'span', start: '2003', end: '2005' })).toBe('2003 to 2005');
  });
});

describe('formatting in the reader’s language', () => {
  const inLanguage = (code: LocaleCode, run: () => void) => {
    i18n.loadAndActivate({ locale: code, locales: [localeInfo(code).intl], messages: {} });
    try {
      run();
    } finally {
      activateEnglish();
    }
  };

  it('writes days, months and years as the language does', () => {
    inLanguage('ru', () => {
      expect(formatDay(dayFromParts(2025, 4, 15))).toBe('15 апреля 2025 г.');
      expect(formatPoint('2023-07')).toBe('июль 2023 г.');
    });
    inLanguage('ar', () => expect(formatDay(dayFromParts(2025, 4, 15))).toBe('15 أبريل 2025'));
    inLanguage('fr', () => expect(formatPoint('2023-07')).toBe('juillet 2023'));
  });

  it('keeps the Gregorian calendar of the data where the locale’s own is another, with its digits', () => {
    // Dari and Pashto default to the Solar Hijri calendar, whose months do not match "July 2023".
    inLanguage('fa', () => {
      expect(formatDay(dayFromParts(2025, 4, 15))).toBe('۱۵ اپریل ۲۰۲۵');
      expect(formatPoint('2023-07')).toBe('جولای ۲۰۲۳');
    });
    inLanguage('ps', () => expect(formatPoint('2023')).toBe('۲۰۲۳'));
  });

  it('names months in the language shown', () => {
    expect(monthName(4)).toBe('April');
    inLanguage('ur', () => expect(monthName(7)).toBe('جولائی'));
  });
});
