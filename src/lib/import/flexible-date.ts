import { i18n } from '@lingui/core';
import { plural, select, t } from '@lingui/core/macro';
import { formatPoint, pointRange } from '../dates';
import type { EventDate } from '../event-schema';
import { foldWord, isWeekday, monthNumber } from './month-names';
import type { DateOrder } from './read-options';
import { dateFormat } from '../i18n/intl';
import { clauses, isEmpty } from './wording';

/**
 * Dates as spreadsheets and other tools write them, read as precisely as they
 * are given. Whether "03/04/2024" is 3 April or 4 March, and whether a Unix
 * time counts seconds or milliseconds, is decided for a whole column from all
 * its values (see date-columns.ts) and passed in as a DateReading; a value that
 * nothing settles is refused with both readings, never guessed.
 */

export type DateResult =
  | {
      readonly date: EventDate;
      /** The file marks the date as approximate ("c. 1990"); `note` says so. */
      readonly approximate?: true;
      /** What the event's dateNote should say about how the file gives its date. */
      readonly note?: string;
    }
  | {
      readonly error: string;
      /** What to do about it, where there is more to say than "write YYYY-MM-DD". */
      readonly fix?: string;
    };

export type EpochUnit = 'seconds' | 'milliseconds';

/** How the values of one column are read, decided from all of them (see `analyseDateColumns`). */
export interface DateReading {
  /** Which comes first in "03/04/2024"; absent when neither the column nor the reader says. */
  readonly order?: DateOrder;
  /** Who decided `order`: the column's own dates that can only be read one way, or the reader. */
  readonly orderBy?: 'column' | 'reader';
  /**
   * The column has as many dates that can only be read day first as month
   * first, and nobody chose: none of its dates that depend on the order is read.
   */
  readonly split?: boolean;
  /** What the column's Unix times count; absent, each number goes by its own size. */
  readonly epoch?: EpochUnit;
}

/** The parts of a date written with numbers only, day and month in either order: "22/03/2024", "3.4.24". */
export interface DayMonthForm {
  readonly first: number;
  readonly second: number;
  readonly year: number;
  readonly twoDigitYear: boolean;
  /** "/", "." or "-": dots are the day-first countries' way. */
  readonly separator: string;
}

const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;

/** The fix of a date that may be wrong. */
function checkFix(): string {
  return t`Check this date and write it as YYYY-MM-DD`;
}

/** The fix of a date that reads differently day first and month first. */
function orderFix(): string {
  return t({
    comment: '“Your data” is the button that loads a reader’s file',
    message:
      'Write it as YYYY-MM-DD, or load the file with "Your data" and say whether the day or the month comes first',
  });
}

/** A Unix time in seconds above this falls after 2999, so a number above it can only count milliseconds. */
export const SECONDS_LIMIT = Date.UTC(LAST_YEAR + 1, 0, 1) / 1000;
/** Unix times are numbers of 9 to 13 digits (from 1973 in seconds, to 2286 in milliseconds). */
const EPOCH_MIN = 1e8;
const EPOCH_MAX = 1e14;
// Two-digit years 00-29 are 2000-2029 and 30-99 are 1930-1999, as spreadsheets read them (see yearOf).

/**
 * One date: a year, a month, a day or a period, as the value gives it. With
 * no reading, a day-and-month date is read only when it can be read one way.
 */
export function parseFlexibleDate(value: unknown, reading: DateReading = {}): DateResult {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { error: notDateNumber(value) };
    if (value >= EPOCH_MIN && value < EPOCH_MAX) return fromEpoch(value, String(value), reading);
    if (!Number.isInteger(value)) return { error: notDateNumber(value) };
    return parseText(String(value), reading);
  }
  if (typeof value !== 'string') {
    return value === null || value === undefined
      ? { error: isEmpty() }
      : {
          error: t({
            comment: 'Said of a date field of a row, after its name: "date: is not a date; write dates as…"',
            message: 'is not a date; write dates as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22)',
          }),
        };
  }
  return parseText(value, reading);
}

/**
 * A period from two dates: a span, or the single date when both are the same.
 * An empty end gives the start alone. A start that is itself a period starts
 * the span, an end that is a period ends it.
 */
export function spanFrom(
  start: unknown,
  end: unknown,
  startReading: DateReading = {},
  endReading: DateReading = {},
): DateResult {
  const from = parseFlexibleDate(start, startReading);
  if (isBlank(end)) return from;
  if ('error' in from) {
    const error = from.error;
    return { ...from, error: t`start date: ${error}` };
  }
  const to = parseFlexibleDate(end, endReading);
  if ('error' in to) {
    const error = to.error;
    return { ...to, error: t`end date: ${error}` };
  }
  const joined = joinPoints(pointOf(from.date), lastPointOf(to.date));
  if ('error' in joined) return joined;
  const note = clauses([from.note, to.note].filter((n): n is string => Boolean(n)));
  return {
    date: joined.date,
    ...(from.approximate || to.approximate ? { approximate: true } : {}),
    ...(note ? { note } : {}),
  };
}

/** A date from year, month and day columns. An empty or 0 month or day leaves the date less precise. */
export function dateFromParts(year: unknown, month: unknown, day: unknown): DateResult {
  const y = wholeNumber(year);
  if (y === null) return { error: t`year is empty` };
  if (y === 'invalid') {
    const value = String(year);
    return { error: t`year "${value}" is not a year` };
  }
  const m = isBlank(month) ? 0 : (monthNumber(String(month)) ?? wholeNumber(month));
  if (m === 'invalid' || m === null) {
    const value = String(month);
    return { error: t`month "${value}" is not a month` };
  }
  if (m === 0) return point(y);
  const d = isBlank(day) ? 0 : wholeNumber(day);
  if (d === 'invalid' || d === null) {
    const value = String(day);
    return { error: t`day "${value}" is not a day of the month` };
  }
  return d === 0 ? point(y, m) : point(y, m, d);
}

/** The text of a one-point date: "2024", "2024-03" or "2024-03-22"; a span gives its start. */
export function pointOf(date: EventDate): string {
  return date.precision === 'span' ? date.start : date.value;
}

/**
 * The day and month of a value written with numbers only ("22/03/2024",
 * "3.4.24 14:05"), for deciding a column's order; null for any other form.
 */
export function dayMonthForm(value: unknown): DayMonthForm | null {
  if (typeof value !== 'string') return null;
  let text = tidy(value);
  // Most values are not of this form: a quick look saves the full one.
  if (!MAYBE_DAY_MONTH.test(text)) return null;
  const approx = APPROX.exec(text);
  if (approx) text = approx[1]!;
  return formOf(splitTime(text).date);
}

/** The parts of a date alone (no time, no "c."), if it is day and month in either order. */
function formOf(day: string): DayMonthForm | null {
  const m = DAY_MONTH.exec(day);
  if (!m) return null;
  const twoDigitYear = m[4]!.length === 2;
  return { first: num(m[1]), second: num(m[3]), year: yearOf(m[4]!), twoDigitYear, separator: m[2]! };
}

/**
 * Which order a day-and-month date can be read in: one of them, 'either'
 * when both are real days and differ, null when the order does not matter
 * (05/05/2024) or no order gives a real day.
 */
export function orderOf(form: DayMonthForm): DateOrder | 'either' | null {
  const { dayFirst, monthFirst } = readingsOf(form);
  if (dayFirst && monthFirst) return dayFirst === monthFirst ? null : 'either';
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : null;
}

/** The number of a Unix time (9 to 13 digits, as a number or as text), or null. */
export function epochNumber(value: unknown): number | null {
  if (typeof value === 'number') return value >= EPOCH_MIN && value < EPOCH_MAX ? value : null;
  if (typeof value !== 'string') return null;
  const text = tidy(value);
  return EPOCH.test(text) ? Number(text) : null;
}

/** What a Unix time counts by its size alone: only milliseconds are above SECONDS_LIMIT. */
export function epochUnitOf(n: number): EpochUnit {
  return n > SECONDS_LIMIT ? 'milliseconds' : 'seconds';
}

/** "2024", "24" -> 2024, as TWO_DIGIT_YEARS says. */
function yearOf(text: string): number {
  const n = num(text);
  if (text.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const APPROX = /^(?:(?:circa|approx|ca|c)(?:\.\s*|\s+)|(?:ca|c)(?=\d)|~\s*)(\S.*)$/i;
const INTERVAL = /^(\d{4}\S*?)\s*(?:\/|--|[–—])\s*(\d{4}\S*)$/;
const DECADE = /^(\d{3}0)'?s$/i;
const QUARTER = /^(?:q([1-4])[ -]?(\d{4})|(\d{4})[ -]?q([1-4]))$/i;
const DAY_MONTH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const MAYBE_DAY_MONTH = /(?:^|\D)\d{1,2}([/.-])\d{1,2}\1\d{2}/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH = /^\d{9,13}(?:\.\d+)?$/;
/** A time after a date, with AM/PM and a zone or offset: "T14:05:00Z", " 2:05 PM", " 19:00:00 UTC", "+05:30". */
const TIME =
  /^(.*?\d)(?:t|,? )(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?: ?([ap])\.?m\.?)?(?: ?(?:z|utc|gmt))?(?: ?[+-]\d{1,2}(?::?\d{2})?)?$/i;
const ZONE = /^(.*?\d) ?(?:z|utc|gmt)$/i;

function parseText(raw: string, reading: DateReading, whole = true): DateResult {
  const text = tidy(raw);
  if (text === '') return { error: isEmpty() };
  let m: RegExpExecArray | null;
  // The commonest form first, past every other test.
  if ((m = ISO_DAY.exec(text))) return point(num(m[1]), num(m[2]), num(m[3]));

  if ((m = APPROX.exec(text))) return approximately(text, parseText(m[1]!, reading, whole));
  if (whole && (m = INTERVAL.exec(text))) return interval(text, m[1]!, m[2]!, reading);
  if ((m = DECADE.exec(text))) {
    const first = num(m[1]);
    const check = point(first);
    return 'error' in check ? check : joinPoints(String(first), String(first + 9));
  }
  if ((m = QUARTER.exec(text))) {
    const quarter = num(m[1] ?? m[4]);
    const year = num(m[2] ?? m[3]);
    const check = point(year);
    if ('error' in check) return check;
    return joinPoints(`${year}-${pad(quarter * 3 - 2)}`, `${year}-${pad(quarter * 3)}`);
  }

  const timed = splitTime(text);
  if (timed.error) return { error: timed.error };
  const day = timed.date;
  if ((m = /^(\d{4})$/.exec(day))) return point(num(m[1]));
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(day))) return point(num(m[1]), num(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(day))) return point(num(m[2]), num(m[1]));
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(day))) return point(num(m[1]), num(m[3]), num(m[4]));
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(day))) return point(num(m[1]), num(m[2]), num(m[3]));
  const form = formOf(day);
  if (form) return dayOrMonthFirst(form, text, reading);
  if (day === text && EPOCH.test(day)) return fromEpoch(Number(day), day, reading);
  if (/^\d{5}$/.test(day)) {
    return {
      error: t`"${text}" looks like a spreadsheet's internal date number; format the column as YYYY-MM-DD`,
    };
  }
  return parseWords(day, text);
}

/** Whitespace made single spaces, and Arabic-Indic and Persian digits made 0-9. */
function tidy(text: string): string {
  const digits = /[\u0660-\u06f9]/.test(text)
    ? text
        .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    : text;
  const trimmed = digits.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** The date before a time of day, which is checked and dropped: the day is the day as written. */
function splitTime(text: string): { date: string; error?: string } {
  const m = TIME.exec(text);
  if (!m) return { date: ZONE.exec(text)?.[1] ?? text };
  const [hour, minute, second] = [num(m[2]), num(m[3]), num(m[4] ?? '0')];
  const noon = m[5] !== undefined;
  const badHour = noon ? hour < 1 || hour > 12 : hour > 24 || (hour === 24 && minute + second > 0);
  const error = badHour
    ? t`"${text}" has an hour that does not exist`
    : minute > 59
      ? t`"${text}" has a minute that does not exist`
      : second > 60
        ? t`"${text}" has a second that does not exist`
        : null;
  return { date: m[1]!, ...(error ? { error } : {}) };
}

function approximately(text: string, inner: DateResult): DateResult {
  if ('error' in inner) return inner;
  const what = inner.date.precision;
  return {
    date: inner.date,
    approximate: true,
    note: t({
      comment: 'A note shown with an event whose file gives its date as approximate ("c. 1990")',
      message: `The file gives "${text}": about that ${select(what, { year: 'year', month: 'month', day: 'day', other: 'period' })}`,
    }),
  };
}

/** "2020-01-01/2020-09-30", "2020-01--2020-09", "1990–1995": the period from the one to the other. */
function interval(text: string, start: string, end: string, reading: DateReading): DateResult {
  const from = parseText(start, reading, false);
  if ('error' in from) {
    const error = from.error;
    return { ...from, error: t`the start of "${text}": ${error}` };
  }
  const to = parseText(end, reading, false);
  if ('error' in to) {
    const error = to.error;
    return { ...to, error: t`the end of "${text}": ${error}` };
  }
  const first = pointOf(from.date);
  const last = lastPointOf(to.date);
  if (endsFirst(first, last)) return { error: t`"${text}" starts (${first}) after it ends (${last})` };
  return joinPoints(first, last);
}

/** A date such as 03/04/2024, read in the column's order, or in the only order that gives a real day. */
function dayOrMonthFirst(form: DayMonthForm, text: string, reading: DateReading): DateResult {
  const { first, second, year } = form;
  if (year < FIRST_YEAR || year > LAST_YEAR) return point(year);
  const { dayFirst, monthFirst } = readingsOf(form);
  const { order, split } = reading;
  const byReader = reading.orderBy === 'reader';

  if (dayFirst && monthFirst) {
    if (dayFirst === monthFirst) return dayOf(dayFirst);
    if (order) return dayOf(order === 'day-first' ? dayFirst : monthFirst);
    const dayFirstDate = formatPoint(dayFirst);
    const monthFirstDate = formatPoint(monthFirst);
    return {
      error: t`"${text}" could be ${dayFirstDate} (day first) or ${monthFirstDate} (month first), and no date in the column tells which`,
      fix: orderFix(),
    };
  }
  if (dayFirst || monthFirst) {
    const only: DateOrder = dayFirst ? 'day-first' : 'month-first';
    const iso = (dayFirst ?? monthFirst)!;
    if (order && order !== only) {
      // The column is read the other way.
      const day = formatPoint(iso);
      const error =
        only === 'day-first'
          ? byReader
            ? t`"${text}" can only be ${day} (day first), but the column is read month first, as you chose`
            : t`"${text}" can only be ${day} (day first), but the rest of the column is month first`
          : byReader
            ? t`"${text}" can only be ${day} (month first), but the column is read day first, as you chose`
            : t`"${text}" can only be ${day} (month first), but the rest of the column is day first`;
      return { error, fix: checkFix() };
    }
    if (!order && split) {
      const day = formatPoint(iso);
      return {
        error:
          only === 'day-first'
            ? t`"${text}" can only be ${day} (day first), but as many dates in the column can only be read month first`
            : t`"${text}" can only be ${day} (month first), but as many dates in the column can only be read day first`,
        fix: checkFix(),
      };
    }
    return dayOf(iso);
  }

  const dayFirstMonth = second >= 1 && second <= 12;
  const monthFirstMonth = first >= 1 && first <= 12;
  if (!dayFirstMonth && !monthFirstMonth) {
    return {
      error:
        first === second
          ? t`"${text}" has no month ${first} either way round`
          : t`"${text}" has no month ${first} or ${second} either way round`,
      fix: checkFix(),
    };
  }
  const only: DateOrder = dayFirstMonth ? 'day-first' : 'month-first';
  const [d, m] = only === 'day-first' ? [first, second] : [second, first];
  const named = dayAndMonth(d, m);
  if (order === only) {
    const error =
      only === 'day-first'
        ? byReader
          ? t`"${text}" read day first (as you chose) is ${named}, which does not exist`
          : t`"${text}" read day first (as the rest of the column) is ${named}, which does not exist`
        : byReader
          ? t`"${text}" read month first (as you chose) is ${named}, which does not exist`
          : t`"${text}" read month first (as the rest of the column) is ${named}, which does not exist`;
    return { error, fix: checkFix() };
  }
  return {
    error:
      only === 'day-first'
        ? t`"${text}" can only be read day first, and ${named} does not exist`
        : t`"${text}" can only be read month first, and ${named} does not exist`,
    fix: checkFix(),
  };
}

/**
 * A day and month that may not exist ("31 February"), in the language shown:
 * the language's own way of writing a day of that month, with this day in it.
 */
function dayAndMonth(day: number, month: number): string {
  const parts = dateFormat({ day: 'numeric', month: 'long' }).formatToParts(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
  return parts.map((p) => (p.type === 'day' ? i18n.number(day, { useGrouping: false }) : p.value)).join('');
}

/** A month's name in the language shown, standing alone: "February". */
function monthName(month: number): string {
  return dateFormat({ month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The real day each order gives, or null. */
function readingsOf(form: DayMonthForm): { dayFirst: string | null; monthFirst: string | null } {
  return {
    dayFirst: realDay(form.year, form.second, form.first),
    monthFirst: realDay(form.year, form.first, form.second),
  };
}

function realDay(year: number, month: number, day: number): string | null {
  const result = point(year, month, day);
  return 'date' in result && result.date.precision === 'day' ? result.date.value : null;
}

function fromEpoch(n: number, text: string, reading: DateReading): DateResult {
  const own = epochUnitOf(n);
  const unit = reading.epoch ?? own;
  if (unit !== own) {
    if (own === 'milliseconds') {
      const day = dayText(n);
      return {
        error: t`${text} can only be a Unix time in milliseconds (${day}), but the rest of the column is in seconds`,
        fix: checkFix(),
      };
    }
    const inMilliseconds = dayText(n);
    const inSeconds = dayText(n * 1000);
    return {
      error: t`${text} would be ${inMilliseconds} in milliseconds, as the rest of the column is; in seconds it would be ${inSeconds}`,
      fix: checkFix(),
    };
  }
  return fromDateObject(new Date(unit === 'seconds' ? n * 1000 : n));
}

function dayText(ms: number): string {
  const result = fromDateObject(new Date(ms));
  return 'date' in result
    ? formatPoint(pointOf(result.date))
    : t({
        comment: 'What a Unix time would be when it is not a day: "… would be no real day in milliseconds"',
        message: 'no real day',
      });
}

const NUMBER_WORD = /^(\d{1,4})(?:st|nd|rd|th|er|re|e|eme|o|a|º|ª|°)?$/;
/** Words that may stand between a date's parts: "22 de marzo de 2024", "22nd of March", "22 марта 2024 г.". */
const FILLERS = new Set(['de', 'del', 'of', 'the', 'le', 'den', 'am', 'г', 'года']);

/**
 * A date with its month in words, in any language month-names.ts knows:
 * "22 March 2024", "Mar 22, 2024", "Friday, 22 March 2024", "22 de marzo de
 * 2024", "marzo de 2024", "22-Mar-24".
 */
function parseWords(day: string, text: string): DateResult {
  const tokens = day
    .split(/[\s,،./-]+/)
    .map(foldWord)
    .filter(Boolean);
  const parts: Array<{ n: number; digits: number } | { month: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const n = NUMBER_WORD.exec(token);
    if (n) {
      parts.push({ n: num(n[1]), digits: n[1]!.length });
      continue;
    }
    if (FILLERS.has(token)) continue;
    const month = monthNumber(token);
    if (month !== null) {
      parts.push({ month });
      continue;
    }
    // Some months are two words: "كانون الثاني".
    const twoWords = i + 1 < tokens.length ? monthNumber(`${token} ${tokens[i + 1]}`) : null;
    if (twoWords !== null) {
      parts.push({ month: twoWords });
      i++;
      continue;
    }
    if (isWeekday(token)) continue;
    return unreadable(text);
  }

  const shape = parts
    .map((p) => ('month' in p ? 'M' : p.digits === 4 ? 'Y' : p.digits <= 2 ? 'D' : '?'))
    .join('');
  const value = (i: number) => {
    const p = parts[i]!;
    return 'month' in p ? p.month : p.n;
  };
  const digits = (i: number) => {
    const p = parts[i]!;
    return 'digits' in p ? p.digits : 0;
  };
  switch (shape) {
    case 'MY':
      return point(value(1), value(0));
    case 'YM':
      return point(value(0), value(1));
    case 'DMY':
      return point(value(2), value(1), value(0));
    case 'MDY':
      return point(value(2), value(0), value(1));
    case 'YMD':
      return point(value(0), value(1), value(2));
    case 'DMD':
      // Excel's "22-Mar-24".
      if (digits(2) !== 2) return unreadable(text);
      return point(yearOf(String(value(2)).padStart(2, '0')), value(1), value(0));
    case 'DM':
    case 'MD':
    case 'M':
      return {
        error: t`"${text}" has no year`,
        fix: t`Write the date with its year, for example 2024-03-22`,
      };
    default:
      return unreadable(text);
  }
}

function unreadable(text: string): DateResult {
  return {
    error: t`"${text}" is not a date we can read; write dates as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22)`,
  };
}

/** A number that cannot be a date. */
function notDateNumber(value: number): string {
  return t`${value} is not a date; write dates as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22)`;
}

function fromDateObject(date: Date): DateResult {
  if (Number.isNaN(date.getTime())) {
    return {
      error: t({
        comment: 'Said of a date field of a row, after its name: "date: is not a real date"',
        message: 'is not a real date',
      }),
    };
  }
  return point(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A checked year, month or day as our schema writes it. */
function point(year: number, month?: number, day?: number): DateResult {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    const [firstYear, lastYear] = [FIRST_YEAR, LAST_YEAR];
    return { error: t`year ${year} is outside ${firstYear}-${lastYear}` };
  }
  const y = String(year);
  if (month === undefined) return { date: { precision: 'year', value: y } };
  if (month < 1 || month > 12) return { error: t`month ${month} does not exist` };
  const ym = `${y}-${pad(month)}`;
  if (day === undefined) return { date: { precision: 'month', value: ym } };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    const date = `${ym}-${pad(day)}`;
    const name = monthName(month);
    return {
      error: plural(last, {
        one: `${date} is not a real calendar day (${name} has # day)`,
        other: `${date} is not a real calendar day (${name} has # days)`,
      }),
    };
  }
  return dayOf(`${ym}-${pad(day)}`);
}

function dayOf(value: string): DateResult {
  return { date: { precision: 'day', value } };
}

function lastPointOf(date: EventDate): string {
  return date.precision === 'span' ? date.end : date.value;
}

function joinPoints(start: string, end: string): DateResult {
  if (start === end) return parseText(start, {});
  if (endsFirst(start, end)) {
    return {
      error: t({
        comment: 'Said of a date field of a row, after its name: "date: starts (2024) after it ends (2023)"',
        message: `starts (${start}) after it ends (${end})`,
      }),
    };
  }
  return { date: { precision: 'span', start, end } };
}

/** Whether a period from `start` to `end` would end before it starts. */
function endsFirst(start: string, end: string): boolean {
  return start !== end && pointRange(start).first > pointRange(end).last;
}

/** 2024, "2024", "2024.0" -> 2024; empty -> null; anything else -> 'invalid'. */
function wholeNumber(value: unknown): number | null | 'invalid' {
  if (isBlank(value)) return null;
  const text = String(value).trim();
  return /^\d{1,4}(\.0+)?$/.test(text) ? Number(text) : 'invalid';
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function num(text: string | undefined): number {
  return Number(text);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
