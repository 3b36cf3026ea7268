import { plural, t } from '@lingui/core/macro';
import type { ColumnMapping, Field } from './columns';
import { capText, cellText, cleanText } from './text';
import type { Note } from './types';
import { plainNumber } from './wording';

/** One field of one record: its clean text, the value to parse, and the column it came from. */
export interface Cell {
  /** Clean single-line text ("" when the field has no column or the cell is empty). */
  readonly text: string;
  /** What parsers read: the clean text, or the number as the file gives it. */
  readonly value: unknown;
  readonly column: string | null;
}

export type CellReader = (field: Field, multiline?: boolean) => Cell;

/**
 * Reads the fields of a record through the column mapping. A cell holding
 * something other than text (an object from JSON) reads as empty, with a note.
 */
export function makeCells(
  record: Record<string, unknown>,
  columns: ColumnMapping,
  notes: Note[],
): CellReader {
  const seen = new Set<Field>();
  return (field, multiline = false) => {
    const column = columns[field];
    if (column === null || !Object.hasOwn(record, column)) return { text: '', value: '', column };
    const raw = record[column];
    const text = cellText(raw);
    if (text === null) {
      if (!seen.has(field)) {
        seen.add(field);
        notes.push({
          field,
          column,
          problem: t({
            comment:
              'Said of a field of a row of the reader’s file, after its name: "title: is not text; ignored"',
            message: 'is not text; ignored',
          }),
          fix: t`Give plain text or numbers here`,
        });
      }
      return { text: '', value: '', column };
    }
    const clean = cleanText(text, multiline);
    return { text: clean, value: typeof raw === 'number' ? raw : clean, column };
  };
}

/** The cell's text cut to `max` characters, with a note when it was cut. */
export function capped(cell: Cell, field: Field, max: number, notes: Note[]): string {
  const { text, cut } = capText(cell.text, max);
  if (cut) {
    const limit = plainNumber(max);
    notes.push({
      field,
      column: cell.column,
      problem: t({
        comment:
          'Said of a field of a row, after its name: "summary: is longer than the 5000 characters we keep"',
        message: plural(max, {
          one: `is longer than the ${limit} character we keep`,
          other: `is longer than the ${limit} characters we keep`,
        }),
      }),
      fix: plural(max, {
        one: `It was cut to ${limit} character; shorten it in the file to choose where it ends`,
        other: `It was cut to ${limit} characters; shorten it in the file to choose where it ends`,
      }),
    });
  }
  return text;
}

/** A value for a message, cut short if long: "protest", "a very long value…". The message quotes it. */
export function shortened(text: string): string {
  const { text: short, cut } = capText(text, 60);
  return cut ? `${short}…` : short;
}
