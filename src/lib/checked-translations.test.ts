import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import {
  readLanguageFile,
  splitTranslations,
  translationsText,
  withTranslations,
  type EventWords,
} from './checked-translations';

const bundled = parseDataset(JSON.parse(readFileSync('data/events.geojson', 'utf8'))).dataset.events;

/** Each language's words as the page reads them back from the files the build writes. */
function filesOf(events = bundled): Map<string, EventWords> {
  const { byLanguage } = splitTranslations(events);
  return new Map(
    [...byLanguage].map(([tag, words]) => [
      tag,
      readLanguageFile(JSON.parse(translationsText(tag, words)), tag)!,
    ]),
  );
}

describe('the bundled translations, one file per language', () => {
  it('leaves no translation in the events and loses none: every language put back gives the events as written', () => {
    const { events } = splitTranslations(bundled);
    expect(events.some((e) => e.props.translations)).toBe(false);
    const files = filesOf();
    expect([...files.keys()].sort()).toEqual(['ar', 'fa', 'ps', 'ru', 'ur']);
    let merged: readonly (typeof events)[number][] = events;
    // In the order the data writes its languages, so the objects compare key for key.
    for (const tag of Object.keys(bundled.find((e) => e.props.translations)!.props.translations!))
      merged = withTranslations(merged, tag, files.get(tag)!);
    expect(merged).toEqual(bundled);
  });

  it('puts one language back on the events that have it, keeping every other event the same object', () => {
    const { events } = splitTranslations(bundled);
    const untranslated = { ...events[0]!, id: 'no-words', props: { ...events[0]!.props } };
    const all = [...events, untranslated];
    const urdu = withTranslations(all, 'ur', filesOf().get('ur')!);
    expect(urdu).not.toBe(all);
    expect(urdu.at(-1)).toBe(untranslated);
    const first = urdu[0]!;
    expect(Object.keys(first.props.translations!)).toEqual(['ur']);
    expect(first.props.translations!.ur).toEqual(bundled[0]!.props.translations!.ur);
    expect(first.props.title).toBe(bundled[0]!.props.title);
    // Adding a second language keeps the first.
    const both = withTranslations(urdu, 'ru', filesOf().get('ru')!);
    expect(Object.keys(both[0]!.props.translations!).sort()).toEqual(['ru', 'ur']);
  });

  it('writes no empty translation into a file, which the page would refuse whole', () => {
    const event = {
      ...bundled[0]!,
      props: { ...bundled[0]!.props, translations: { ur: {}, ru: { title: 'т' } } },
    };
    const { byLanguage } = splitTranslations([event]);
    expect([...byLanguage.keys()]).toEqual(['ru']);
    expect(readLanguageFile(JSON.parse(translationsText('ru', byLanguage.get('ru')!)), 'ru')?.size).toBe(1);
  });

  it('reads no file that is not the language asked for, or not words', () => {
    const ur = JSON.parse(translationsText('ur', new Map([['a', { title: 'عنوان' }]]))) as Record<
      string,
      unknown
    >;
    expect(readLanguageFile(ur, 'ur')?.get('a')).toEqual({ title: 'عنوان' });
    expect(readLanguageFile(ur, 'ru')).toBeNull();
    expect(readLanguageFile({ ...ur, version: 2 }, 'ur')).toBeNull();
    expect(readLanguageFile({ ...ur, format: 'other' }, 'ur')).toBeNull();
    expect(readLanguageFile(null, 'ur')).toBeNull();
    expect(readLanguageFile({ ...ur, events: { a: { title: 3 } } }, 'ur')).toBeNull();
    expect(readLanguageFile({ ...ur, events: { a: { title: 'x', html: '<b>' } } }, 'ur')).toBeNull();
    expect(readLanguageFile({ ...ur, events: { a: {} } }, 'ur')).toBeNull();
    expect(readLanguageFile({ ...ur, events: [] }, 'ur')).toBeNull();
  });
});
