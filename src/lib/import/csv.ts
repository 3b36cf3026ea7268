import { t } from '@lingui/core/macro';
import Papa from 'papaparse';
import { applyMapping, matchColumns, type ColumnMatch } from './columns';
import type { MappingQuestions, ReadOptions } from './read-options';
import { columnExamples, recordsToEvents } from './records';
import type { ImportResult, Note } from './types';

export interface TableRead {
  /** The file's column names (or property names), as the mapping step shows them. */
  readonly headers: string[];
  readonly match: ColumnMatch;
  readonly result: ImportResult;
  /** Each column's first value, for the mapping step. */
  readonly examples: string[];
  /** What the mapping step must ask about this file besides its columns. */
  readonly questions: MappingQuestions;
}

/** How many columns the header has: checked before reading, so a huge header costs no more. */
export function headerWidth(text: string): number {
  const body = text.replace(/^\uFEFF/, '');
  const sep = SEP_LINE.exec(body);
  const first = Papa.parse<string[]>(sep ? body.slice(sep[0].length) : body, {
    preview: 1,
    ...(sep ? { delimiter: sep[1] } : {}),
  });
  return first.data[0]?.length ?? 0;
}

/**
 * A CSV file (comma, semicolon, tab or bar separated, with or without a BOM,
 * the separator named by an Excel "sep=" first line or guessed) read into events. Blank rows are skipped but still counted, so every row is
 * named as a spreadsheet shows it. `options` are the reader's choices in the
 * mapping step, the columns laid over the automatic match.
 */
export function readCsv(text: string, options: ReadOptions = {}): TableRead {
  const body = text.replace(/^\uFEFF/, '');
  const sep = SEP_LINE.exec(body);
  // The header's row as a spreadsheet numbers it: Excel shows a "sep=" line as row 1.
  const header = sep ? 2 : 1;
  const parsed = Papa.parse<Record<string, unknown>>(sep ? body.slice(sep[0].length) : body, {
    header: true,
    ...(sep ? { delimiter: sep[1] } : {}),
    // Blank rows are dropped below, after their row numbers are known.
    skipEmptyLines: false,
    dynamicTyping: false,
    transformHeader: uniqueHeaders(),
  });
  const headers = parsed.meta.fields ?? [];
  const auto = matchColumns(headers);
  const match = options.columns ? applyMapping(headers, auto, options.columns) : auto;

  const kept: number[] = [];
  parsed.data.forEach((row, i) => {
    if (!isBlank(row)) kept.push(i);
  });
  const { byRow, file } = parseNotes(parsed.errors);
  const { dateOrder, ...result } = recordsToEvents(
    kept.map((i) => parsed.data[i]),
    match,
    {
      kind: 'row',
      firstRowNumber: header + 1,
      rowNumber: (k) => kept[k]! + header + 1,
      notes: (k) => byRow.get(kept[k]!) ?? [],
      context: options,
    },
  );
  const fileIssues = file.map((note) => ({ row: header, feature: null, id: null, ...note }));
  return {
    headers,
    match,
    examples: columnExamples(parsed.data, headers),
    questions: dateOrder ? { dateOrder } : {},
    result: {
      ...result,
      report: {
        ...result.report,
        corrected: [...fileIssues, ...result.report.corrected],
      },
    },
  };
}

/**
 * Excel's first line naming the separator, "sep=;" (also "sep=,", a tab or
 * "|"), which Excel honours and hides; some tools quote it. Any one character
 * but a letter, a digit, a quote mark or a line break.
 */
const SEP_LINE = /^"?sep=([^\p{L}\p{N}"\r\n])"?[ ]*(?:\r\n|\n|\r|$)/iu;

/**
 * Trims headers, names a blank one by its spreadsheet letter ("Column C") and
 * repeats "name (2)", "name (3)", as papaparse would otherwise do noisily.
 */
function uniqueHeaders(): (header: string, index: number) => string {
  const seen = new Map<string, number>();
  return (header, index) => {
    const name = header.replace(/^\uFEFF/, '').trim() || `Column ${columnLetters(index)}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  };
}

/** A spreadsheet's name for the column at a 0-based index: A, B, ... Z, AA, AB... */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A row whose every value is blank, as papaparse's greedy skipping would judge it. */
function isBlank(row: Record<string, unknown>): boolean {
  return Object.values(row).every((v) =>
    Array.isArray(v) ? v.every((x) => String(x).trim() === '') : String(v ?? '').trim() === '',
  );
}

const ROW = '';

/**
 * Papaparse's errors as notes on data rows (by index into its data). Its quote
 * errors count the header as row 0; its field-count errors count data rows.
 */
function parseNotes(errors: Papa.ParseError[]): { byRow: Map<number, Note[]>; file: Note[] } {
  const byRow = new Map<number, Note[]>();
  const file: Note[] = [];
  const quoted = new Set<number>();
  const add = (index: number | undefined, note: Note) => {
    if (index === undefined || index < 0) file.push(note);
    else byRow.set(index, [...(byRow.get(index) ?? []), note]);
  };
  for (const e of errors) {
    if (e.type !== 'Quotes') continue;
    const index = e.row === undefined ? undefined : e.row - 1;
    if (index !== undefined) quoted.add(index);
    if (e.code === 'MissingQuotes') {
      add(index, {
        field: ROW,
        column: null,
        problem: t({
          comment: 'Said of a row of the reader’s CSV file, after its number: "Row 5: has a quote mark…"',
          message: 'has a quote mark (") that is never closed, so the rest of the file was read as one value',
        }),
        fix: t`Close the quote, or write a quote mark inside a value as two ("")`,
      });
    } else {
      add(index, {
        field: ROW,
        column: null,
        problem: t({
          comment: 'Said of a row of the reader’s CSV file, after its number: "Row 5: has a quote mark…"',
          message: 'has a quote mark (") in the middle of a quoted value; it was read as written',
        }),
        fix: t`Write a quote mark inside a quoted value as two ("")`,
      });
    }
  }
  for (const e of errors) {
    if (e.type !== 'FieldMismatch' || e.row === undefined || quoted.has(e.row)) continue;
    if (e.code === 'TooManyFields') {
      add(e.row, {
        field: ROW,
        column: null,
        problem: t({
          comment: 'Said of a row of the reader’s CSV file, after its number: "Row 5: has more values…"',
          message: 'has more values than there are column headings; the extra values were ignored',
        }),
        fix: t`Put values that contain the separator in double quotes, e.g. "Kabul, Afghanistan"`,
      });
    } else {
      add(e.row, {
        field: ROW,
        column: null,
        problem: t({
          comment: 'Said of a row of the reader’s CSV file, after its number: "Row 5: has fewer values…"',
          message: 'has fewer values than there are column headings; the missing ones were left empty',
        }),
        fix: t`Check the row for a missing separator`,
      });
    }
  }
  return { byRow, file };
}
