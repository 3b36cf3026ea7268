import { describe, expect, it } from 'vitest';
import { readForMap } from './read-for-map';
import { readTranslations, translationColumns } from './translation-columns';

describe('translation columns', () => {
  it('tells the columns that translate a field from the others', () => {
    expect(
      translationColumns(['title_ur', 'summary-ru', 'place_fa-AF', 'placeLabel_ps', 'admin1', 'title_long']),
    ).toEqual({
      translations: ['title_ur', 'summary-ru', 'place_fa-AF', 'placeLabel_ps'],
      others: ['admin1', 'title_long'],
    });
  });

  it('gathers a row’s translations by language, leaving out empty cells', () => {
    const row = { title_ur: 'مستونگ میں حملہ', place_ur: 'مستونگ', summary_ru: 'Взрыв.', title_ru: '  ' };
    expect(readTranslations(row, Object.keys(row))).toEqual({
      translations: { ur: { title: 'مستونگ میں حملہ', placeLabel: 'مستونگ' }, ru: { summary: 'Взрыв.' } },
    });
    expect(readTranslations({ admin1: 'x' }, ['admin1'])).toEqual({});
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
