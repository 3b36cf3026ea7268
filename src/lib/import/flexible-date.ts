import { MONTHS, pointRange } from '../dates';
import type { EventDate } from '../event-schema';

/**
 * Dates as spreadsheets and other tools write them, read as precisely as they
 * are given. Day-first and month-first dates with slashes ("03/04/2024") are
 * refused rather than guessed.
 */

export type DateResult = { date: EventDate } | { error: string };

const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;
const HOW = 'write dates as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22)';

/** One date: a year, a month or a day. Never a span. */
export function parseFlexibleDate(value: unknown): DateResult {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return { error: `${value} is not a date; ${HOW}` };
    return parseText(String(value));
  }
  if (typeof value !== 'string') {
    return value === null || value === undefined ? { error: 'is empty' } : { error: `is not a date; ${HOW}` };
  }
  return parseText(value);
}

/**
 * A period from two dates: a span, or the single date when both are the same.
 * An empty end gives the start alone.
 */
export function spanFrom(start: unknown, end: unknown): DateResult {
  const from = parseFlexibleDate(start);
  if (isBlank(end)) return from;
  if ('error' in from) return { error: `start date: ${from.error}` };
  const to = parseFlexibleDate(end);
  if ('error' in to) return { error: `end date: ${to.error}` };
  return joinPoints(pointOf(from.date), pointOf(to.date));
}

/** A date from year, month and day columns. An empty or 0 month or day leaves the date less precise. */
export function dateFromParts(year: unknown, month: unknown, day: unknown): DateResult {
  const y = wholeNumber(year);
  if (y === null) return { error: 'year is empty' };
  if (y === 'invalid') return { error: `year "${String(year)}" is not a year` };
  const m = isBlank(month) ? 0 : (monthNumber(String(month)) ?? wholeNumber(month));
  if (m === 'invalid' || m === null) return { error: `month "${String(month)}" is not a month` };
  if (m === 0) return point(y);
  const d = isBlank(day) ? 0 : wholeNumber(day);
  if (d === 'invalid' || d === null) return { error: `day "${String(day)}" is not a day of the month` };
  return d === 0 ? point(y, m) : point(y, m, d);
}

/** The text of a one-point date: "2024", "2024-03" or "2024-03-22"; a span gives its start. */
export function pointOf(date: EventDate): string {
  return date.precision === 'span' ? date.start : date.value;
}

function parseText(raw: string): DateResult {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { error: 'is empty' };
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})$/.exec(text))) return point(num(m[1]));
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) return point(num(m[1]), num(m[2]));
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text))) return point(num(m[1]), num(m[3]), num(m[4]));
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) return point(num(m[1]), num(m[2]), num(m[3]));
  if ((m = ISO_DATE_TIME.exec(text))) {
    if (num(m[4]) > 24 || num(m[5]) > 59 || num(m[6] ?? '0') > 60) {
      return { error: `"${text}" has a time that does not exist; ${HOW}` };
    }
    return point(num(m[1]), num(m[2]), num(m[3]));
  }
  if (/^\d{11,13}$/.test(text)) return fromDateObject(new Date(Number(text)));
  if (/^\d{5}$/.test(text)) {
    return {
      error: `"${text}" looks like a spreadsheet's internal date number; format the column as YYYY-MM-DD`,
    };
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) {
    return { error: `"${text}" could mean day/month or month/day; ${HOW}` };
  }
  return parseWords(text.replace(WEEKDAY, ''), text);
}

/** "2024-03-22T14:05:00Z", "2024-03-22 14:05", "2024-03-22T23:30:00-05:00": the day as written. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)? ?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i;

/** "22 March 2024", "22nd Mar. 2024", "Mar 22, 2024", "March 2024". */
function parseWords(text: string, original: string): DateResult {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+)\.?,?[ -](\d{4})$/i.exec(text))) {
    const month = monthNumber(m[2]!);
    if (month !== null) return point(num(m[3]), month, num(m[1]));
  }
  if ((m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text))) {
    const month = monthNumber(m[1]!);
    if (month !== null) return point(num(m[3]), month, num(m[2]));
  }
  if ((m = /^([a-z]+)\.?,?[ -](\d{4})$/i.exec(text))) {
    const month = monthNumber(m[1]!);
    if (month !== null) return point(num(m[2]), month);
  }
  return { error: `"${original}" is not a date we can read; ${HOW}` };
}

function fromDateObject(date: Date): DateResult {
  if (Number.isNaN(date.getTime())) return { error: 'is not a real date' };
  return point(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A checked year, month or day as our schema writes it. */
function point(year: number, month?: number, day?: number): DateResult {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { error: `year ${year} is outside ${FIRST_YEAR}-${LAST_YEAR}` };
  }
  const y = String(year);
  if (month === undefined) return { date: { precision: 'year', value: y } };
  if (month < 1 || month > 12) return { error: `month ${month} does not exist` };
  const ym = `${y}-${pad(month)}`;
  if (day === undefined) return { date: { precision: 'month', value: ym } };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    return { error: `${ym}-${pad(day)} is not a real calendar day (${MONTHS[month - 1]} has ${last} days)` };
  }
  return { date: { precision: 'day', value: `${ym}-${pad(day)}` } };
}

function joinPoints(start: string, end: string): DateResult {
  if (start === end) return parseText(start);
  if (pointRange(start).first > pointRange(end).last) {
    return { error: `starts (${start}) after it ends (${end})` };
  }
  return { date: { precision: 'span', start, end } };
}

function monthNumber(word: string): number | null {
  const w = word.trim().toLowerCase();
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((name) => {
    const n = name.toLowerCase();
    return n === w || n.slice(0, 3) === w;
  });
  return i === -1 ? null : i + 1;
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
