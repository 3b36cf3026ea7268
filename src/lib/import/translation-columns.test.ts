import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { activateEnglish } from '../i18n/activate';
import { localeInfo } from '../i18n/locales';
import { readEventsFile } from './detect';
import { readForMap } from './read-for-map';
import {
  readTranslations,
  translationColumns,
  translationOf,
  translationReading,
} from './translation-columns';

describe('translation columns', () => {
  it('tells the columns that translate a field from the others', () => {
    expect(
      translationColumns(['title_ur', 'summary-ru', 'place_fa-AF', 'placeLabel_ps', 'admin1', 'title_long']),
    ).toEqual({
      translations: ['title_ur', 'summary-ru', 'place_fa-AF', 'placeLabel_ps'],
      others: ['admin1', 'title_long'],
    });
  });

  it('reads the field and the language in any case, the tag written as Intl writes it', () => {
    expect(translationOf('Title_UR')).toEqual({ field: 'title', tag: 'ur' });
    expect(translationOf('SUMMARY-ru')).toEqual({ field: 'summary', tag: 'ru' });
    expect(translationOf('place_fa-af')).toEqual({ field: 'placeLabel', tag: 'fa-AF' });
    expect(translationOf('place_label_ps')).toEqual({ field: 'placeLabel', tag: 'ps' });
    expect(translationOf('title_long')).toBeNull();
    expect(translationOf('admin1')).toBeNull();
  });

  it('gathers a row’s translations by language, leaving out empty cells', () => {
    const row = { title_ur: 'مستونگ میں حملہ', place_ur: 'مستونگ', summary_ru: 'Взрыв.', title_ru: '  ' };
    expect(readTranslations(row, Object.keys(row))).toEqual({
      translations: { ur: { title: 'مستونگ میں حملہ', placeLabel: 'مستونگ' }, ru: { summary: 'Взрыв.' } },
    });
    expect(readTranslations({ admin1: 'x' }, ['admin1'])).toEqual({});
  });

  it('puts TITLE_UR and title_ur in one language', () => {
    const row = { TITLE_UR: 'مستونگ میں حملہ', 'place_fa-af': 'مستونگ' };
    expect(readTranslations(row, Object.keys(row))).toEqual({
      translations: { ur: { title: 'مستونگ میں حملہ' }, 'fa-AF': { placeLabel: 'مستونگ' } },
    });
  });

  it('reads a CSV file’s title_ur and summary_ru into each event, not into its other fields', () => {
    const csv = [
      'title,title_ur,summary,summary_ru,date,latitude,longitude,place,admin1',
      'Bomb hits police bus,پولیس بس پر بم حملہ,A bomb hit a bus.,Бомба попала в автобус.,2025-04-15,29.8,66.8,Mastung,Balochistan',
    ].join('\n');
    const read = readForMap('events.csv', csv);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    const props = read.events[0]!.props;
    expect(props.title).toBe('Bomb hits police bus');
    expect(props.translations).toEqual({
      ur: { title: 'پولیس بس پر بم حملہ' },
      ru: { summary: 'Бомба попала в автобус.' },
    });
    expect(props.otherFields).toEqual([{ name: 'admin1', value: 'Balochistan' }]);
  });
});

describe('what a translation column is read as', () => {
  it('names the field and the language, in the language shown', () => {
    expect(translationReading('title_ur')).toBe('The title, translated into Urdu');
    expect(translationReading('summary_ru')).toBe('The summary, translated into Russian');
    expect(translationReading('place_fa-AF')).toBe('The place label, translated into Dari');
    expect(translationReading('admin1')).toBeNull();
    i18n.loadAndActivate({ locale: 'ru', locales: [localeInfo('ru').intl], messages: {} });
    try {
      // No Russian catalogue here: the message stays English, the language is named in Russian.
      expect(translationReading('title_ur')).toContain('урду');
    } finally {
      activateEnglish();
    }
  });

  it('falls back to the tag for a language Intl cannot name', () => {
    expect(translationReading('title_qaa')).toBe('The title, translated into qaa');
  });
});

describe('the language column', () => {
  const csv = (langs: readonly string[], header = 'lang') =>
    [
      `id,title,date,latitude,longitude,${header}`,
      ...langs.map((lang, i) => `e${i},Event ${i},2025-04-15,29.8,66.8,${lang}`),
    ].join('\n');

  it('reads a language tag in any case into the event’s lang, as Intl writes it', () => {
    const read = readEventsFile('events.csv', csv(['UR', 'ur-pk', 'fa-AF', 'ru', '']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.events.map((e) => e.props.lang)).toEqual(['ur', 'ur-PK', 'fa-AF', 'ru', undefined]);
    expect(read.result.report.corrected).toEqual([]);
    // Read as the language, not kept as one of the other fields.
    expect(read.result.events[0]!.props.otherFields).toBeUndefined();
    expect(read.result.report.columns).toContainEqual({ column: 'lang', field: 'lang' });
  });

  it('knows the column by its usual names', () => {
    for (const header of ['language', 'Language', 'LANG', 'language_code']) {
      const read = readEventsFile('events.csv', csv(['ur'], header));
      expect(read.ok && read.result.events[0]!.props.lang, header).toBe('ur');
    }
  });

  it('keeps a row whose language is not a tag, without a language, and says so: row, field, value, what was done', () => {
    const read = readEventsFile('events.csv', csv(['Urdu', 'xx-???', 'ur']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.report.loaded).toBe(3);
    expect(read.result.events.map((e) => e.props.lang)).toEqual([undefined, undefined, 'ur']);
    expect(read.result.report.corrected).toEqual([
      {
        row: 2,
        feature: null,
        id: 'e0',
        field: 'lang',
        column: 'lang',
        problem: `"Urdu" is not a language code; left out, so the event's words are taken to be in English`,
        fix: 'Write a language code such as ur, ps, fa-AF, ar or ru',
      },
      expect.objectContaining({ row: 3, field: 'lang', problem: expect.stringContaining('"xx-???"') }),
    ]);
  });

  it('reads the lang property of a GeoJSON file in another shape the same way', () => {
    const features = ['UR', 'Urdu'].map((lang, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [66.8, 29.8] },
      properties: { name: `Event ${i}`, date: '2025-04-15', lang },
    }));
    const read = readEventsFile('events.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.events.map((e) => e.props.lang)).toEqual(['ur', undefined]);
    expect(read.result.report.corrected).toEqual([
      expect.objectContaining({ feature: 1, field: 'lang', problem: expect.stringContaining('"Urdu"') }),
    ]);
  });
});
