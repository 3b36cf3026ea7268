import { t } from '@lingui/core/macro';
import type { EventDate } from './event-schema';
import { dateFormat } from './i18n/intl';

/** Days are whole UTC days counted from 1970-01-01: integers are cheap to store, compare and index. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The day number of a UTC calendar date (month 1-12). */
export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The UTC calendar date of a day number. */
export function partsFromDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayToDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function dateToDay(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** "2025-04-15" for a day number, as used by `<input type="date">`. */
export function dayToIso(day: Day): string {
  const { year, month, day: d } = partsFromDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

/** The day of "YYYY-MM-DD", or null when the text is not a real date. */
export function isoToDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayFromParts(y, mo, d);
  const back = partsFromDay(day);
  return back.year === y && back.month === mo && back.day === d ? day : null;
}

/**
 * The first and last day a point given as YYYY, YYYY-MM or YYYY-MM-DD may fall on.
 * "2023-07" covers 1 to 31 July 2023.
 */
export function pointRange(point: string): { first: Day; last: Day } {
  const [y, m, d] = point.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { first: dayFromParts(y, 1, 1), last: dayFromParts(y, 12, 31) };
  if (d === undefined) return { first: dayFromParts(y, m, 1), last: dayFromParts(y, m + 1, 1) - 1 };
  const day = dayFromParts(y, m, d);
  return { first: day, last: day };
}

/** The inclusive range of days an event date may fall on. */
export function eventDayRange(date: EventDate): { start: Day; end: Day } {
  if (date.precision === 'span') {
    return { start: pointRange(date.start).first, end: pointRange(date.end).last };
  }
  const { first, last } = pointRange(date.value);
  return { start: first, end: last };
}

/** True when the date is known to the day. */
export function isExactDay(date: EventDate): boolean {
  return date.precision === 'day';
}

/** "15 April 2025", "15 апреля 2025 г.": in the language shown. */
export function formatDay(day: Day): string {
  return dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(dayToDate(day));
}

/** The options that write a point (YYYY, YYYY-MM or YYYY-MM-DD) as precisely as it is written, no more. */
function pointOptions(point: string, short: boolean, withYear = true): Intl.DateTimeFormatOptions {
  const parts = point.split('-').length;
  const month = short ? 'short' : 'long';
  const year = withYear ? ('numeric' as const) : undefined;
  if (parts === 1) return { year: 'numeric' };
  if (parts === 2) return { month, year };
  return { day: 'numeric', month, year };
}

/** The first day of a point, to format it. */
function pointDate(point: string): Date {
  return dayToDate(pointRange(point).first);
}

/** A point as precise as it is written: "2003", "July 2023", "15 April 2025", in the language shown. */
export function formatPoint(point: string, short = false): string {
  return dateFormat(pointOptions(point, short)).format(pointDate(point));
}

/**
 * An event date as precise as it is known: "15 April 2025", "July 2023", "2003",
 * "1 Jan to 30 Sept 2020", "Dec 2021 to Jan 2022". Within one year, a span names the year once.
 */
export function formatEventDate(date: EventDate): string {
  if (date.precision !== 'span') return formatPoint(date.value);
  const sameYear = date.start.slice(0, 4) === date.end.slice(0, 4);
  const startHasYearOnly = date.start.length === 4;
  const startOptions = pointOptions(date.start, true, !(sameYear && !startHasYearOnly));
  const start = dateFormat(startOptions).format(pointDate(date.start));
  const end = formatPoint(date.end, true);
  return t({
    comment: 'A period an event may fall in: "1 Jan to 30 Sept 2020"',
    message: `${start} to ${end}`,
  });
}

/** How precisely the date is known, in words, for the details panel. */
export function describePrecision(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return t`known to the day`;
    case 'month':
      return t`known only to the month`;
    case 'year':
      return t`known only to the year`;
    case 'span':
      return t`a period, not a single day`;
  }
}

/** A month's name in the language shown: "April", "Apr" (short), "апрель". */
export function monthName(month: number, short = false): string {
  return dateFormat({ month: short ? 'short' : 'long' }).format(dayToDate(dayFromParts(2001, month, 1)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
