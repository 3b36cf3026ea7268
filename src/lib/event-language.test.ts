import { describe, expect, it } from 'vitest';
import { originalLanguage, shownIn, translatedText } from './event-language';
import type { EventProperties } from './event-schema';

const BASE: EventProperties = {
  title: 'Bomb hits police bus in Mastung',
  summary: 'A bomb on a parked motorcycle hit a police bus.',
  category: 'attack',
  date: { precision: 'day', value: '2025-04-15' },
  place: { name: 'Mastung, Balochistan', label: 'Mastung', precision: 'city', countries: ['PK'] },
  actors: [],
  sources: [{ outlet: 'Dawn', headline: 'Bus bombed', published: '2025-04-15', quote: 'A bomb hit a bus.' }],
};
const event = (extra: Partial<EventProperties>): EventProperties => ({ ...BASE, ...extra });

describe('shownIn', () => {
  const props = event({
    title: 'Bomb hits police bus in Mastung',
    translations: {
      ur: { title: 'مستونگ میں پولیس بس پر بم حملہ' },
      'fa-AF': { title: 'حمله بمی بر بس پولیس در مستونگ', summary: 'خلاصه' },
    },
  });

  it('gives the translation in the reader’s language, marked as one, with its language', () => {
    expect(shownIn(props, 'title', 'ur')).toEqual({
      text: 'مستونگ میں پولیس بس پر بم حملہ',
      lang: 'ur',
      translated: true,
    });
    expect(shownIn(props, 'title', 'fa')).toEqual({
      text: 'حمله بمی بر بس پولیس در مستونگ',
      lang: 'fa-AF',
      translated: true,
    });
  });

  it('falls back to the event’s own words, in their language, field by field', () => {
    expect(shownIn(props, 'title', 'ru')).toEqual({
      text: 'Bomb hits police bus in Mastung',
      lang: 'en',
      translated: false,
    });
    expect(shownIn(props, 'summary', 'ur')).toEqual({ text: props.summary, lang: 'en', translated: false });
    expect(shownIn(props, 'placeLabel', 'fa').text).toBe(props.place.label);
  });

  it('shows the own words to a reader of their language, whatever the translations', () => {
    const urdu = event({
      lang: 'ur',
      title: 'اصل',
      translations: { ur: { title: 'ترجمہ' }, en: { title: 'English' } },
    });
    expect(shownIn(urdu, 'title', 'ur')).toEqual({ text: 'اصل', lang: 'ur', translated: false });
    expect(shownIn(urdu, 'title', 'en')).toEqual({ text: 'English', lang: 'en', translated: true });
  });

  it('takes English where the event names no language', () => {
    expect(originalLanguage(event({}))).toBe('en');
    expect(originalLanguage(event({ lang: 'ur' }))).toBe('ur');
  });
});

describe('translatedText', () => {
  it('holds every translated title, summary and label, for the search', () => {
    const props = event({ translations: { ur: { title: 'الف' }, ru: { summary: 'Б', placeLabel: 'В' } } });
    expect(translatedText(props).split('\n').sort()).toEqual(['Б', 'В', 'الف'].sort());
    expect(translatedText(event({}))).toBe('');
  });
});
