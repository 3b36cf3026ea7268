import { t } from '@lingui/core/macro';
import type { EventProperties, Translation } from '../event-schema';
import { languageName } from '../i18n/intl';
import { canonicalTag } from './language-tag';
import { cellText, cleanText } from './text';

/** `title_ur`, `summary-RU`, `place_fa-AF`, `placeLabel_ps`: a field of ours and a language tag, in any case. */
const TRANSLATION_COLUMN =
  /^(title|summary|place|placeLabel|place_label)[_-]([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)$/i;

const FIELD: Record<string, keyof Translation> = {
  title: 'title',
  summary: 'summary',
  place: 'placeLabel',
  placelabel: 'placeLabel',
  place_label: 'placeLabel',
};

type Translated = { readonly field: keyof Translation; readonly tag: string } | null;

/** Each column name already looked at: a file's rows ask about the same few columns. */
const seen = new Map<string, Translated>();

/** What a column translates: the field and the language (its tag as `Intl` writes it), or null. */
export function translationOf(column: string): Translated {
  let found = seen.get(column);
  if (found === undefined) {
    const match = TRANSLATION_COLUMN.exec(column);
    const tag = match && canonicalTag(match[2]!);
    found = tag ? { field: FIELD[match[1]!.toLowerCase()]!, tag } : null;
    if (seen.size > 5000) seen.clear();
    seen.set(column, found);
  }
  return found;
}

/** The columns of a file that translate a field (see TRANSLATION_COLUMN), and the others. */
export function translationColumns(columns: readonly string[]): { translations: string[]; others: string[] } {
  const translations = columns.filter((c) => translationOf(c) !== null);
  return { translations, others: columns.filter((c) => translationOf(c) === null) };
}

/**
 * What a translation column is read as, in the language shown, the language named in it:
 * "The title, translated into Urdu" for `title_ur`. Null for any other column.
 */
export function translationReading(column: string): string | null {
  const found = translationOf(column);
  if (!found) return null;
  const language = languageName(found.tag);
  switch (found.field) {
    case 'title':
      return t({
        comment:
          'What a column of the reader’s file such as title_ur is read as; {language} is a language name',
        message: `The title, translated into ${language}`,
      });
    case 'summary':
      return t({
        comment:
          'What a column of the reader’s file such as summary_ru is read as; {language} is a language name',
        message: `The summary, translated into ${language}`,
      });
    case 'placeLabel':
      return t({
        comment:
          'What a column of the reader’s file such as place_fa is read as (the short name of the place shown); {language} is a language name',
        message: `The place label, translated into ${language}`,
      });
  }
}

/**
 * An event's words in other languages, from its row's translation columns: `title_ur` gives its Urdu
 * title. Empty cells are left out; the text is kept whole, as written (only control characters go).
 */
export function readTranslations(
  record: Record<string, unknown>,
  columns: readonly string[],
): Pick<EventProperties, 'translations'> {
  const translations: Record<string, Translation> = {};
  for (const column of columns) {
    const found = translationOf(column);
    if (!found || !Object.hasOwn(record, column)) continue;
    const text = cellText(record[column]);
    if (text === null) continue;
    const { field, tag } = found;
    const value = cleanText(text, field === 'summary');
    if (value.trim() === '') continue;
    translations[tag] = { ...translations[tag], [field]: value };
  }
  return Object.keys(translations).length > 0 ? { translations } : {};
}
