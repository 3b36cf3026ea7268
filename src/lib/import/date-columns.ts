import { plural, select, t } from '@lingui/core/macro';
import { formatPoint } from '../dates';
import type { ColumnMapping } from './columns';
import {
  dayMonthForm,
  epochNumber,
  epochUnitOf,
  orderOf,
  parseFlexibleDate,
  pointOf,
  type DateReading,
  type EpochUnit,
} from './flexible-date';
import type { DateOrder } from './read-options';
import { cellText, cleanText } from './text';
import type { Note } from './types';
import { clauses, plainNumber } from './wording';

/** The fields whose columns hold whole dates, each decided on its own. */
export const DATE_FIELDS = ['date', 'start', 'end', 'published'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** How each date field's column is read. */
export type DateReadings = Partial<Record<DateField, DateReading>>;

/** What a file leaves open about its dates, for the mapping step to ask. */
export interface DateOrderQuestion {
  /** The first column whose dates could be read day first or month first. */
  readonly column: string;
  /** Every such column: the one answer is for them all. */
  readonly columns: readonly string[];
  /** A few of their dates as the file writes them ("03/04/2024"), that read differently either way. */
  readonly examples: readonly string[];
  /** The order the file's other date columns are in, or that its dotted dates (22.03.2024) usually are. */
  readonly suggested?: DateOrder;
}

export interface DateColumns {
  readonly readings: DateReadings;
  /** One note for each column on how it was read (the order, two-digit years, Unix times). */
  readonly notes: Note[];
  /** Null when every column's dates are settled, by their own values or by `answer`. */
  readonly question: DateOrderQuestion | null;
}

/** What a column's values say, counted. */
interface Tally {
  readonly fields: DateField[];
  dayFirst: number;
  monthFirst: number;
  either: number;
  eitherDotted: number;
  readonly examples: { 'day-first': string; 'month-first': string; either: string[]; twoDigit: string };
  seconds: number;
  milliseconds: number;
  readonly epochExamples: { seconds: string; milliseconds: string };
}

const EXAMPLES = 3;
const TWO_DIGIT_WORDS = /^\d{1,2}[\s./-]+\p{L}+\.?[\s./-]+\d{2}$/u;

/**
 * Decides, for each date column from all its values, how its dates are read:
 * day first when any date can only be read day first ("25/12/2024"), month
 * first when any can only be read month first; a column with both goes by the
 * majority, and its dates that contradict it are refused row by row. A column
 * whose every such date reads either way is settled by `answer` (the reader's
 * choice), or left as the question. Unix times count seconds or milliseconds
 * as most of the column's numbers can. Called once per file, before its rows
 * are read, as the rows are read with what it decides.
 */
export function analyseDateColumns(
  records: ReadonlyArray<unknown>,
  columns: ColumnMapping,
  answer?: DateOrder,
): DateColumns {
  const tallies = new Map<string, Tally>();
  for (const field of DATE_FIELDS) {
    const column = columns[field];
    if (column === null) continue;
    const tally = tallies.get(column);
    if (tally) tally.fields.push(field);
    else tallies.set(column, newTally(field));
  }
  if (tallies.size === 0) return { readings: {}, notes: [], question: null };

  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    for (const [column, tally] of tallies) {
      if (Object.hasOwn(record, column)) count(tally, valueOf((record as Record<string, unknown>)[column]));
    }
  }

  const readings: DateReadings = {};
  const notes: Note[] = [];
  const open: Array<{ column: string; tally: Tally }> = [];
  const decided = new Set<DateOrder>();
  for (const [column, tally] of tallies) {
    const reading = decide(tally, answer);
    for (const field of tally.fields) readings[field] = reading;
    if (reading.orderBy === 'column') decided.add(reading.order!);
    if (!reading.order && (tally.either > 0 || reading.split)) open.push({ column, tally });
    notes.push(...notesOn(column, tally, reading));
  }
  return { readings, notes, question: questionOf(open, decided) };
}

function newTally(field: DateField): Tally {
  return {
    fields: [field],
    dayFirst: 0,
    monthFirst: 0,
    either: 0,
    eitherDotted: 0,
    examples: { 'day-first': '', 'month-first': '', either: [], twoDigit: '' },
    seconds: 0,
    milliseconds: 0,
    epochExamples: { seconds: '', milliseconds: '' },
  };
}

/** The value as a record is read with it (see makeCells): the number, or the cleaned text. */
function valueOf(raw: unknown): unknown {
  if (typeof raw === 'number') return raw;
  const text = cellText(raw);
  return text === null ? '' : cleanText(text);
}

function count(tally: Tally, value: unknown): void {
  const form = dayMonthForm(value);
  if (form) {
    const text = String(value);
    if (form.twoDigitYear && !tally.examples.twoDigit) tally.examples.twoDigit = text;
    const order = orderOf(form);
    if (order === 'either') {
      tally.either++;
      if (form.separator === '.') tally.eitherDotted++;
      const examples = tally.examples.either;
      if (examples.length < EXAMPLES && !examples.includes(text)) examples.push(text);
    } else if (order) {
      tally[order === 'day-first' ? 'dayFirst' : 'monthFirst']++;
      tally.examples[order] ||= text;
    }
    return;
  }
  const epoch = epochNumber(value);
  if (epoch !== null) {
    const unit = epochUnitOf(epoch);
    tally[unit]++;
    tally.epochExamples[unit] ||= String(value).trim();
    return;
  }
  if (typeof value === 'string' && !tally.examples.twoDigit && TWO_DIGIT_WORDS.test(value)) {
    if ('date' in parseFlexibleDate(value)) tally.examples.twoDigit = value;
  }
}

function decide(tally: Tally, answer: DateOrder | undefined): DateReading {
  const epoch: EpochUnit | undefined =
    tally.seconds + tally.milliseconds === 0
      ? undefined
      : // A tie goes to milliseconds: those numbers can be nothing else.
        tally.milliseconds >= tally.seconds
        ? 'milliseconds'
        : 'seconds';
  const withEpoch = epoch ? { epoch } : {};
  if (tally.dayFirst !== tally.monthFirst) {
    const order = tally.dayFirst > tally.monthFirst ? 'day-first' : 'month-first';
    return { order, orderBy: 'column', ...withEpoch };
  }
  const needsOrder = tally.dayFirst > 0 || tally.either > 0;
  if (answer && needsOrder) return { order: answer, orderBy: 'reader', ...withEpoch };
  if (tally.dayFirst > 0) return { split: true, ...withEpoch };
  return withEpoch;
}

function notesOn(column: string, tally: Tally, reading: DateReading): Note[] {
  const field = tally.fields[0]!;
  const notes: Note[] = [];
  const note = (problem: string, fix: string) => notes.push({ field, column, problem, fix });
  const { order } = reading;
  const orderFix = () =>
    t({
      comment: '“Your data” is the button that loads a reader’s file',
      message: 'Write dates as YYYY-MM-DD, or load the file with "Your data" and say which comes first',
    });

  if (order) {
    const parts = [readAs(order, reading, tally)];
    const example = tally.examples.either[0];
    if (example) {
      const day = dayText(example, reading);
      parts.push(day === null ? t`"${example}" is not a real day` : t`"${example}" is ${day}`);
    }
    const contrary = order === 'day-first' ? tally.monthFirst : tally.dayFirst;
    if (contrary > 0) parts.push(notRead(order, contrary, tally));
    if (tally.either > 0 || contrary > 0) {
      note(clauses(parts), t`Check this is right; dates written as YYYY-MM-DD leave no doubt`);
    }
  } else if (reading.split) {
    const dayFirst = tally.examples['day-first'];
    const monthFirst = tally.examples['month-first'];
    note(
      t`has as many dates that can only be read day first ("${dayFirst}") as month first ("${monthFirst}"), so none that depends on the order was read`,
      orderFix(),
    );
  } else if (tally.either > 0) {
    const example = tally.examples.either[0] ?? '';
    note(
      t`has dates such as "${example}" that could be read day first or month first, and none that tells which, so they were not read`,
      orderFix(),
    );
  }

  if (tally.examples.twoDigit) {
    const example = tally.examples.twoDigit;
    note(
      t`has two-digit years such as "${example}": two-digit years 00-29 are read as 2000-2029 and 30-99 as 1930-1999`,
      t`Write four-digit years where that is wrong`,
    );
  }

  if (reading.epoch) {
    const unit = reading.epoch;
    const other = unit === 'seconds' ? 'milliseconds' : 'seconds';
    const example = tally.epochExamples[unit];
    const day = dayText(example, reading);
    const parts = [
      day === null
        ? t`holds Unix times in ${select(unit, { seconds: 'seconds', other: 'milliseconds' })}, read as days in UTC: ${example} is not a real day`
        : t`holds Unix times in ${select(unit, { seconds: 'seconds', other: 'milliseconds' })}, read as days in UTC: ${example} is ${day}`,
    ];
    const others = tally[other];
    if (others > 0) {
      const count = plainNumber(others);
      const otherExample = tally.epochExamples[other];
      parts.push(
        other === 'milliseconds'
          ? plural(others, {
              one: `${count} number in milliseconds (such as ${otherExample}) was not read`,
              other: `${count} numbers in milliseconds (such as ${otherExample}) were not read`,
            })
          : plural(others, {
              one: `${count} number in seconds (such as ${otherExample}) was not read`,
              other: `${count} numbers in seconds (such as ${otherExample}) were not read`,
            }),
      );
    }
    note(clauses(parts), t`Write dates as YYYY-MM-DD to give the day where the event happened`);
  }
  return notes;
}

/** How a column's order was decided: "was read day first, as you chose". */
function readAs(order: DateOrder, reading: DateReading, tally: Tally): string {
  if (reading.orderBy === 'reader') {
    return order === 'day-first'
      ? t`was read day first, as you chose`
      : t`was read month first, as you chose`;
  }
  const dates = order === 'day-first' ? tally.dayFirst : tally.monthFirst;
  const count = plainNumber(dates);
  const example = tally.examples[order];
  return order === 'day-first'
    ? plural(dates, {
        one: `was read day first, as ${count} date such as "${example}" can only be read that way`,
        other: `was read day first, as ${count} dates such as "${example}" can only be read that way`,
      })
    : plural(dates, {
        one: `was read month first, as ${count} date such as "${example}" can only be read that way`,
        other: `was read month first, as ${count} dates such as "${example}" can only be read that way`,
      });
}

/** The dates of a column that contradict the order it was read in: "1 date that can only be read month first (…) was not read". */
function notRead(order: DateOrder, contrary: number, tally: Tally): string {
  const count = plainNumber(contrary);
  if (order === 'day-first') {
    const example = tally.examples['month-first'];
    return plural(contrary, {
      one: `${count} date that can only be read month first ("${example}") was not read`,
      other: `${count} dates that can only be read month first ("${example}") were not read`,
    });
  }
  const example = tally.examples['day-first'];
  return plural(contrary, {
    one: `${count} date that can only be read day first ("${example}") was not read`,
    other: `${count} dates that can only be read day first ("${example}") were not read`,
  });
}

function questionOf(
  open: Array<{ column: string; tally: Tally }>,
  decided: Set<DateOrder>,
): DateOrderQuestion | null {
  const first = open[0];
  if (!first) return null;
  const examples: string[] = [];
  for (const { tally } of open) {
    const own =
      tally.examples.either.length > 0
        ? tally.examples.either
        : [tally.examples['day-first'], tally.examples['month-first']];
    for (const example of own)
      if (examples.length < EXAMPLES && !examples.includes(example)) examples.push(example);
  }
  const allDotted = open.every(({ tally }) => tally.either > 0 && tally.eitherDotted === tally.either);
  const suggested: DateOrder | undefined =
    decided.size === 1 ? [...decided][0] : decided.size === 0 && allDotted ? 'day-first' : undefined;
  return {
    column: first.column,
    columns: open.map((o) => o.column),
    examples,
    ...(suggested ? { suggested } : {}),
  };
}

/** The day a value is read as, in words ("3 April 2024"); null when it is not a real day. */
function dayText(value: string, reading: DateReading): string | null {
  const result = parseFlexibleDate(value, reading);
  return 'date' in result ? formatPoint(pointOf(result.date)) : null;
}
