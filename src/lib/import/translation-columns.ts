import type { EventProperties, Translation } from '../event-schema';
import { cellText, cleanText } from './text';

/** `title_ur`, `summary-ru`, `place_fa-AF`, `placeLabel_ps`: a field of ours and a language tag. */
const TRANSLATION_COLUMN =
  /^(title|summary|place|placeLabel|place_label)[_-]([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)$/;

const FIELD: Record<string, keyof Translation> = {
  title: 'title',
  summary: 'summary',
  place: 'placeLabel',
  placeLabel: 'placeLabel',
  place_label: 'placeLabel',
};

/** The columns of a file that translate a field (see TRANSLATION_COLUMN), and the others. */
export function translationColumns(columns: readonly string[]): { translations: string[]; others: string[] } {
  const translations = columns.filter((c) => TRANSLATION_COLUMN.test(c));
  return { translations, others: columns.filter((c) => !TRANSLATION_COLUMN.test(c)) };
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
    const match = TRANSLATION_COLUMN.exec(column);
    if (!match || !Object.hasOwn(record, column)) continue;
    const text = cellText(record[column]);
    if (text === null) continue;
    const field = FIELD[match[1]!]!;
    const value = cleanText(text, field === 'summary');
    if (value.trim() === '') continue;
    const tag = match[2]!;
    translations[tag] = { ...translations[tag], [field]: value };
  }
  return Object.keys(translations).length > 0 ? { translations } : {};
}
