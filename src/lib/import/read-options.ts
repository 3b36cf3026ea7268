import type { ColumnMapping } from './columns';
import type { DateOrderQuestion, DateReadings } from './date-columns';

/** Which way a date such as 03/04/2024 is read: 3 April (day first) or 4 March (month first). */
export type DateOrder = 'day-first' | 'month-first';

/**
 * What the reader chose for a file in the mapping step. Without `columns` the
 * columns are matched by name and the mapping step is offered when something
 * is missing or unclear; with it, the reader has answered and the file is read
 * as they said.
 */
export interface ReadOptions {
  /** The reader's choice of columns, laid over the automatic match. */
  readonly columns?: Partial<ColumnMapping>;
  /** How to read dates whose day and month could be either way round, when the file cannot tell. */
  readonly dateOrder?: DateOrder;
  /** Latitude and longitude are exchanged in the whole file (columns, or GeoJSON positions). */
  readonly swapCoordinates?: boolean;
  /** Stop at the mapping step even when nothing is missing: the reader wants to check the columns. */
  readonly review?: boolean;
  /**
   * The reader cannot be asked (a file given by address): read the file
   * without the answers, refusing, with a message, the rows that needed one.
   * Missing columns are still reported as `needs-mapping`.
   */
  readonly noQuestions?: boolean;
}

/** What a record is read with: the same for every record of a file, decided from the whole file. */
export interface RecordContext {
  readonly dateOrder?: DateOrder;
  readonly swapCoordinates?: boolean;
  /** Columns that serve none of our fields: kept with each event as its other fields. */
  readonly otherColumns?: readonly string[];
  /** Columns that translate a field (`title_ur`, see translation-columns.ts): read into each event's translations. */
  readonly translationColumns?: readonly string[];
  /** How each date column is read, decided from all its values (see analyseDateColumns). */
  readonly dates?: DateReadings;
}

/** Whether the reader has answered the mapping step for this file. */
export function chosen(options: ReadOptions | undefined): boolean {
  return options?.columns !== undefined;
}

/** What the mapping step must ask besides the missing columns. */
export interface MappingQuestions {
  /**
   * Every date of a column could be read day first or month first: which,
   * with examples from the file. Answer with `ReadOptions.dateOrder`.
   */
  readonly dateOrder?: DateOrderQuestion;
  /** Most rows only make sense with latitude and longitude exchanged. */
  readonly swap?: { readonly rows: number; readonly of: number; readonly example: string };
}
