import { select, t } from '@lingui/core/macro';
import { dayToIso, isoToDay } from '../dates';
import type { EventDate } from '../event-schema';
import type { LocationPrecision } from '../vocabulary';
import { normalizeHeader } from './columns';

/**
 * Precision columns: the generic `place_precision` and `date_precision` of
 * our template (in words), and the numeric codes of the event datasets,
 * recognised by their column's name: ACLED's `geo_precision` and
 * `time_precision`, UCDP GED's `where_prec` and `date_prec`, the GTD's
 * `specificity`. A code's meaning follows each dataset's codebook.
 */

type PlaceCodes = Readonly<Record<string, LocationPrecision>>;
type DateCodes = Readonly<Record<string, DatePrecision>>;

/** How precisely a file says a date is known; 'week' reads a day as the week around it. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'span';

const PLACE_CODES: Readonly<Record<string, { dataset: string; codes: PlaceCodes }>> = {
  // ACLED: 1 the town itself; 2 near a town, or part of a region named by a town; 3 only a larger region.
  geoprecision: { dataset: 'ACLED', codes: { 1: 'city', 2: 'district', 3: 'province' } },
  // UCDP GED: 1 exact place; 2 within about 25 km; 3 a district (ADM2); 4 a province (ADM1);
  // 5 part of a country or a line; 6 the country; 7 international waters or airspace.
  whereprec: {
    dataset: 'UCDP',
    codes: { 1: 'city', 2: 'district', 3: 'district', 4: 'province', 5: 'region', 6: 'country', 7: 'region' },
  },
  // GTD: 1 the city; 2 and 3 the smallest region around it; 4 the province; 5 not known below the country.
  specificity: {
    dataset: 'GTD',
    codes: { 1: 'city', 2: 'district', 3: 'district', 4: 'province', 5: 'country' },
  },
};

const DATE_CODES: Readonly<Record<string, { dataset: string; codes: DateCodes }>> = {
  // ACLED: 1 the day; 2 a week (its middle day is coded); 3 a month (a day of it is coded).
  timeprecision: { dataset: 'ACLED', codes: { 1: 'day', 2: 'week', 3: 'month' } },
  // UCDP GED: 1 the day; 2 two to six days; 3 a week; 4 a month; 5 more than a month, within the year.
  dateprec: { dataset: 'UCDP', codes: { 1: 'day', 2: 'week', 3: 'week', 4: 'month', 5: 'year' } },
};

const PLACE_WORDS: PlaceCodes = {
  site: 'site',
  exact: 'site',
  building: 'site',
  address: 'site',
  city: 'city',
  town: 'city',
  village: 'city',
  locality: 'city',
  district: 'district',
  county: 'district',
  municipality: 'district',
  adm2: 'district',
  province: 'province',
  state: 'province',
  adm1: 'province',
  region: 'region',
  country: 'country',
  national: 'country',
};

const DATE_WORDS: DateCodes = {
  day: 'day',
  exact: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  span: 'span',
  period: 'span',
};

export type PrecisionRead<T> = { value: T } | { error: string; fix: string } | null;

/** The place precision a cell gives, read by its column's codebook; null for an empty cell. */
export function readPlacePrecision(column: string, text: string): PrecisionRead<LocationPrecision> {
  return readCode(
    column,
    text,
    PLACE_CODES,
    PLACE_WORDS,
    'site, city, district, province, region or country',
  );
}

/** The date precision a cell gives, read by its column's codebook; null for an empty cell. */
export function readDatePrecision(column: string, text: string): PrecisionRead<DatePrecision> {
  return readCode(column, text, DATE_CODES, DATE_WORDS, 'day, week, month, year or span');
}

function readCode<T extends string>(
  column: string,
  text: string,
  coded: Readonly<Record<string, { dataset: string; codes: Readonly<Record<string, T>> }>>,
  words: Readonly<Record<string, T>>,
  wordList: string,
): PrecisionRead<T> {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  const book = coded[normalizeHeader(column)];
  if (book) {
    const found = book.codes[value.replace(/\.0+$/, '')];
    if (found) return { value: found };
    const known = Object.keys(book.codes).join(', ');
    const dataset = book.dataset;
    return {
      error: t({
        comment: '{dataset} is the event dataset the column comes from: ACLED, UCDP or GTD',
        message: `"${text}" is not one of ${dataset}'s precision codes (${known}); the precision was not changed`,
      }),
      fix: t({
        comment: '{dataset} is the event dataset the column comes from: ACLED, UCDP or GTD',
        message: `Give one of ${known}, as ${dataset}'s codebook sets them`,
      }),
    };
  }
  const found = words[value];
  if (found) return { value: found };
  return {
    error: t`"${text}" is not a precision we know; the precision was not changed`,
    fix: t({
      comment: 'The words are written in the reader’s file as they are, in English',
      message: `Write one of: ${wordList}`,
    }),
  };
}

/** Precisions from finest to coarsest, to compare a date's with the file's. */
const DATE_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'year'];

/**
 * A date made no more precise than the file says it is known: a day known to
 * the month is that month; known to the week, the seven days around it (the
 * middle day is what ACLED and UCDP write). A date already coarser than the
 * precision stays as it is, with a problem to report; a span stays a span.
 */
export function withDatePrecision(
  date: EventDate,
  precision: DatePrecision,
): { date: EventDate; problem?: string } {
  if (date.precision === 'span' || precision === 'span') return { date };
  const given = date.value;
  const level = date.precision;
  if (DATE_ORDER.indexOf(precision) < DATE_ORDER.indexOf(level)) {
    return { date, problem: tooPrecise(precision, given, level) };
  }
  if (precision === level) return { date };
  if (precision === 'year') return { date: { precision: 'year', value: given.slice(0, 4) } };
  if (precision === 'month') return { date: { precision: 'month', value: given.slice(0, 7) } };
  // A week: only a day can be made one.
  const day = isoToDay(given);
  if (day === null) return { date };
  return { date: { precision: 'span', start: dayToIso(day - 3), end: dayToIso(day + 3) } };
}

/**
 * A date precision finer than the date: "says the date is known to the day,
 * but 2024-03 gives only the month", said of the precision column's value.
 */
function tooPrecise(precision: DatePrecision, given: string, level: DatePrecision): string {
  return t({
    comment:
      'Said of a date precision value of the reader’s file, after it: "“day” says the date is known to the day, but 2024-03 gives only the month"',
    message: `says the date is known to the ${select(precision, { day: 'day', week: 'week', month: 'month', other: 'year' })}, but ${given} gives only the ${select(level, { day: 'day', week: 'week', month: 'month', other: 'year' })}`,
  });
}
