import { t } from '@lingui/core/macro';
import type { EventProperties } from '../event-schema';
import { capped, type CellReader } from './cells';
import type { ColumnMapping, Field } from './columns';
import { parseFlexibleDate, pointOf } from './flexible-date';
import { webAddress } from './source';
import { CAPS, capText, cellText, cleanText } from './text';
import type { Note } from './types';

/** The notes and lists of our own schema that a CSV holds in columns of their own (as the CSV export writes them). */

type Source = EventProperties['sources'][number];

/** The lines of a cell, each cleaned; an empty line keeps its place. None when the field has no column. */
export function cellLines(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  cell: CellReader,
  field: Field,
): string[] {
  const column = columns[field];
  if (column === null || !Object.hasOwn(record, column)) return [];
  const text = cellText(record[column]);
  if (text === null) {
    // Not text: the cell reader notes it.
    cell(field);
    return [];
  }
  if (text.trim() === '') return [];
  return text.split(/\r\n?|\n|[\u2028\u2029]/).map((line) => cleanText(line));
}

/** The date, place and figure notes, the short place label and the facts not in the sources, each where a column gives it. */
export function readNotes(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  cell: CellReader,
  notes: Note[],
): { dateNote: string; placeLabel: string; placeNote: string; casualtyNote: string; notInSources: string[] } {
  const text = (field: Field) => capped(cell(field), field, CAPS.other, notes);
  return {
    dateNote: text('dateNote'),
    placeLabel: capText(cell('placeLabel').text, 40).text,
    placeNote: text('placeNote'),
    casualtyNote: text('casualtyNote'),
    notInSources: cellLines(record, columns, cell, 'notInSources')
      .filter(Boolean)
      .map((line) => capText(line, CAPS.other).text),
  };
}

/**
 * The sources after the row's first: each "more sources" column holds a line
 * per source, line i of every column making source i. A line with neither an
 * outlet nor a quote is no source; a date or link that cannot be read is left
 * out with a note.
 */
export function readMoreSources(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  cell: CellReader,
  notes: Note[],
): Source[] {
  const lines = (field: Field) => cellLines(record, columns, cell, field);
  const outlets = lines('moreSources');
  const headlines = lines('moreHeadlines');
  const dates = lines('morePublished');
  const urls = lines('moreUrls');
  const quotes = lines('moreQuotes');
  const count = Math.max(outlets.length, quotes.length);
  const sources: Source[] = [];
  for (let i = 0; i < count; i++) {
    const line = i + 1;
    const outlet = capText(outlets[i] ?? '', CAPS.other).text;
    const quote = capText(quotes[i] ?? '', CAPS.other).text;
    if (!outlet && !quote) continue;
    let published = '';
    const dateText = dates[i] ?? '';
    if (dateText) {
      const parsed = parseFlexibleDate(dateText);
      if ('date' in parsed) published = pointOf(parsed.date);
      else {
        const error = parsed.error;
        notes.push({
          field: 'morePublished',
          column: columns.morePublished,
          problem: t({
            comment:
              '{line} is a line of a cell of the reader’s file; {error} says what is wrong with the date on it',
            message: `line ${line}: ${error}; left out`,
          }),
          fix: t`Write the date the article was published as YYYY-MM-DD`,
        });
      }
    }
    const web = urls[i] ? webAddress(urls[i]!) : null;
    if (urls[i] && web === null) {
      notes.push({
        field: 'moreUrls',
        column: columns.moreUrls,
        problem: t({
          comment: '{line} is a line of a cell of the reader’s file',
          message: `line ${line} is not a web address starting with http:// or https://; left out`,
        }),
        fix: t`Give the full address of the article, e.g. https://www.example.com/news/story`,
      });
    }
    sources.push({
      outlet,
      headline: capText(headlines[i] ?? '', CAPS.other).text,
      published,
      quote,
      ...(web ? { url: web.url } : {}),
    });
  }
  return sources;
}
