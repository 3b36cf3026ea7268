import type { EventDate } from './event-schema';

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

/** "15 April 2025". */
export function formatDay(day: Day): string {
  const { year, month, day: d } = partsFromDay(day);
  return `${d} ${MONTHS[month - 1]} ${year}`;
}

/** A point as precise as it is written: "2003", "July 2023", "15 April 2025". */
export function formatPoint(point: string, short = false): string {
  const [y, m, d] = point.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y);
  const month = monthName(m, short);
  if (d === undefined) return `${month} ${y}`;
  return `${d} ${month} ${y}`;
}

/**
 * An event date as precise as it is known: "15 April 2025", "July 2023", "2003",
 * "1 Jan to 30 Sep 2020", "Dec 2021 to Jan 2022".
 */
export function formatEventDate(date: EventDate): string {
  if (date.precision !== 'span') return formatPoint(date.value);
  const sameYear = date.start.slice(0, 4) === date.end.slice(0, 4);
  const startHasYearOnly = date.start.length === 4;
  const start =
    sameYear && !startHasYearOnly
      ? formatPoint(date.start, true).replace(/ \d{4}$/, '')
      : formatPoint(date.start, true);
  return `${start} to ${formatPoint(date.end, true)}`;
}

/** How precisely the date is known, in words, for the details panel. */
export function describePrecision(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return 'known to the day';
    case 'month':
      return 'known only to the month';
    case 'year':
      return 'known only to the year';
    case 'span':
      return 'a period, not a single day';
  }
}

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? '?';
  return short ? name.slice(0, 3) : name;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
