import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateFromParts,
  dayMonthForm,
  epochNumber,
  orderOf,
  parseFlexibleDate,
  spanFrom,
  type DateReading,
} from './flexible-date';

const day = (value: string) => ({ date: { precision: 'day', value } });
const month = (value: string) => ({ date: { precision: 'month', value } });
const year = (value: string) => ({ date: { precision: 'year', value } });
const span = (start: string, end: string) => ({ date: { precision: 'span', start, end } });

const DAY_FIRST: DateReading = { order: 'day-first', orderBy: 'column' };
const MONTH_FIRST: DateReading = { order: 'month-first', orderBy: 'column' };

function errorOf(value: unknown, reading?: DateReading): string {
  const result = parseFlexibleDate(value, reading);
  if (!('error' in result)) throw new Error(`expected an error for ${String(value)}`);
  return result.error;
}

describe('parseFlexibleDate', () => {
  it.each([
    ['2024', year('2024')],
    [2024, year('2024')],
    ['2024-03', month('2024-03')],
    ['2024-3', month('2024-03')],
    ['2024/03', month('2024-03')],
    ['03/2024', month('2024-03')],
    ['3.2024', month('2024-03')],
    ['March 2024', month('2024-03')],
    ['Mar 2024', month('2024-03')],
    ['Sept. 2024', month('2024-09')],
    ['march, 2024', month('2024-03')],
    ['2024-03-22', day('2024-03-22')],
    ['2024/03/22', day('2024-03-22')],
    ['2024.3.22', day('2024-03-22')],
    ['20240322', day('2024-03-22')],
    ['2024-03-22T14:05:00Z', day('2024-03-22')],
    ['2024-03-22T14:05:00.123Z', day('2024-03-22')],
    ['2024-03-22 14:05', day('2024-03-22')],
    ['2024-03-22 19:00:00 UTC', day('2024-03-22')],
    ['2024-03-22 UTC', day('2024-03-22')],
    ['2024-03-22T24:00', day('2024-03-22')],
    ['2024-03-22T23:30:00-05:00', day('2024-03-22')],
    ['2024-03-22T00:30:00+05:30', day('2024-03-22')],
    ['2024-03-22T00:30:00+0530', day('2024-03-22')],
    ['22 March 2024', day('2024-03-22')],
    ['22nd March 2024', day('2024-03-22')],
    ['22nd of March 2024', day('2024-03-22')],
    ['22-Mar-2024', day('2024-03-22')],
    ['Friday, 22 March 2024', day('2024-03-22')],
    ['Mar 22, 2024', day('2024-03-22')],
    ['March 22nd 2024', day('2024-03-22')],
    ['March 22, 2024 2:05 PM', day('2024-03-22')],
    ['  2024-03-22  ', day('2024-03-22')],
  ])('reads %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    ['22.03.2024', day('2024-03-22')],
    ['22/03/2024', day('2024-03-22')],
    ['22-03-2024', day('2024-03-22')],
    ['25/12/2024', day('2024-12-25')],
    ['3/22/2024', day('2024-03-22')],
    ['12/31/2024', day('2024-12-31')],
    ['3/22/2024 14:05', day('2024-03-22')],
    ['3/22/2024 2:05 PM', day('2024-03-22')],
    ['22.03.2024 14:05:00', day('2024-03-22')],
    ['22/03/24', day('2024-03-22')],
    ['05/05/2024', day('2024-05-05')],
  ])('reads %j, which can only be read one way, with no reading', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    ['00', 2000],
    ['29', 2029],
    ['30', 1930],
    ['99', 1999],
  ])('reads the two-digit year %s as %i', (yy, full) => {
    expect(parseFlexibleDate(`25/12/${yy}`)).toEqual(day(`${full}-12-25`));
  });

  describe('a date that reads differently day first and month first', () => {
    it('is refused without a reading, giving both readings and how to answer', () => {
      expect(parseFlexibleDate('03/04/2024')).toEqual({
        error:
          '"03/04/2024" could be 3 April 2024 (day first) or 4 March 2024 (month first), and no date in the column tells which',
        fix: 'Write it as YYYY-MM-DD, or load the file with "Your data" and say whether the day or the month comes first',
      });
    });

    it.each([
      ['03/04/2024', DAY_FIRST, '2024-04-03'],
      ['03/04/2024', MONTH_FIRST, '2024-03-04'],
      ['3.4.24', DAY_FIRST, '2024-04-03'],
      ['3-4-2024 10:00', MONTH_FIRST, '2024-03-04'],
    ])('reads %j as the reading says', (input, reading, expected) => {
      expect(parseFlexibleDate(input, reading)).toEqual(day(expected));
    });

    it('is read as the reader chose', () => {
      expect(parseFlexibleDate('03/04/2024', { order: 'month-first', orderBy: 'reader' })).toEqual(
        day('2024-03-04'),
      );
    });
  });

  it.each<[string, DateReading, string]>([
    [
      '03/25/2024',
      DAY_FIRST,
      '"03/25/2024" can only be 25 March 2024 (month first), but the rest of the column is day first',
    ],
    [
      '25/03/2024',
      MONTH_FIRST,
      '"25/03/2024" can only be 25 March 2024 (day first), but the rest of the column is month first',
    ],
    [
      '25/03/2024',
      { order: 'month-first', orderBy: 'reader' },
      '"25/03/2024" can only be 25 March 2024 (day first), but the column is read month first, as you chose',
    ],
    [
      '25/03/2024',
      { split: true },
      '"25/03/2024" can only be 25 March 2024 (day first), but as many dates in the column can only be read month first',
    ],
    ['13/13/2024', {}, '"13/13/2024" has no month 13 either way round'],
    ['25/31/2024', DAY_FIRST, '"25/31/2024" has no month 25 or 31 either way round'],
    [
      '31/02/2024',
      DAY_FIRST,
      '"31/02/2024" read day first (as the rest of the column) is 31 February, which does not exist',
    ],
    [
      '31/04/2024',
      { order: 'day-first', orderBy: 'reader' },
      '"31/04/2024" read day first (as you chose) is 31 April, which does not exist',
    ],
    ['31/02/2024', {}, '"31/02/2024" can only be read day first, and 31 February does not exist'],
    ['02/30/2024', DAY_FIRST, '"02/30/2024" can only be read month first, and 30 February does not exist'],
  ])('refuses %j read with %j, saying why', (input, reading, message) => {
    expect(parseFlexibleDate(input, reading)).toEqual({
      error: message,
      fix: 'Check this date and write it as YYYY-MM-DD',
    });
  });

  it.each([
    ['2024-03-22 25:00', '"2024-03-22 25:00" has an hour that does not exist'],
    ['2024-03-22T24:30', '"2024-03-22T24:30" has an hour that does not exist'],
    ['3/22/2024 13:05 PM', '"3/22/2024 13:05 PM" has an hour that does not exist'],
    ['2024-03-22 14:60', '"2024-03-22 14:60" has a minute that does not exist'],
    ['2024-03-22 14:05:61', '"2024-03-22 14:05:61" has a second that does not exist'],
  ])('refuses %j', (input, message) => {
    expect(errorOf(input)).toBe(message);
  });

  describe('Unix times', () => {
    const seconds = Date.UTC(2024, 2, 22, 23, 59) / 1000;
    const ms = seconds * 1000;

    it.each<[unknown, string]>([
      [seconds, 'seconds as a number'],
      [String(seconds), 'seconds as digits'],
      [`${seconds}.25`, 'seconds with a fraction'],
      [ms, 'milliseconds as a number'],
      [String(ms), 'milliseconds as digits'],
    ])('reads %j (%s) as its UTC day by its size alone', (value) => {
      expect(parseFlexibleDate(value)).toEqual(day('2024-03-22'));
    });

    it('reads a number too large for seconds before 3000 as milliseconds', () => {
      expect(parseFlexibleDate('86400000000')).toEqual(day('1972-09-27'));
      expect(parseFlexibleDate('9999999999999')).toEqual(day('2286-11-20'));
    });

    it("reads a number in the column's unit", () => {
      expect(parseFlexibleDate(String(ms), { epoch: 'milliseconds' })).toEqual(day('2024-03-22'));
      expect(parseFlexibleDate(seconds, { epoch: 'seconds' })).toEqual(day('2024-03-22'));
    });

    it("refuses a number that can only be the other unit than the column's", () => {
      expect(parseFlexibleDate(String(ms), { epoch: 'seconds' })).toEqual({
        error: `${ms} can only be a Unix time in milliseconds (22 March 2024), but the rest of the column is in seconds`,
        fix: 'Check this date and write it as YYYY-MM-DD',
      });
    });

    it('refuses a number in seconds in a column of milliseconds, giving both readings', () => {
      expect(errorOf(seconds, { epoch: 'milliseconds' })).toBe(
        `${seconds} would be 20 January 1970 in milliseconds, as the rest of the column is; in seconds it would be 22 March 2024`,
      );
    });
  });

  it.each([
    ['2020-01-01/2020-09-30', span('2020-01-01', '2020-09-30')],
    ['2020-01/2020-09', span('2020-01', '2020-09')],
    ['2020-01-01--2020-09-30', span('2020-01-01', '2020-09-30')],
    ['2020-01 / 2020-09-15', span('2020-01', '2020-09-15')],
    ['1990–1995', span('1990', '1995')],
    ['2024/2025', span('2024', '2025')],
    ['2020-01-01T10:00Z/2020-01-03T12:00Z', span('2020-01-01', '2020-01-03')],
    ['2020-03/2020-03', month('2020-03')],
    ['1990s', span('1990', '1999')],
    ["1990's", span('1990', '1999')],
    ['Q1 2024', span('2024-01', '2024-03')],
    ['2024-Q2', span('2024-04', '2024-06')],
    ['2024 Q3', span('2024-07', '2024-09')],
    ['q4-2023', span('2023-10', '2023-12')],
  ])('reads the period %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    ['2020-09/2020-01', '"2020-09/2020-01" starts (2020-09) after it ends (2020-01)'],
    ['2020-13/2020-09', 'the start of "2020-13/2020-09": month 13 does not exist'],
    [
      '2020-01/2020-02-30',
      'the end of "2020-01/2020-02-30": 2020-02-30 is not a real calendar day (February has 29 days)',
    ],
    ['0990s', 'year 990 is outside 1000-2999'],
    [
      'Q5 2024',
      '"Q5 2024" is not a date we can read; write dates as YYYY-MM-DD, YYYY-MM or YYYY (for example 2024-03-22)',
    ],
  ])('refuses the period %j, saying what is wrong', (input, message) => {
    expect(errorOf(input)).toBe(message);
  });

  it.each([
    ['c. 1990', year('1990'), 'year'],
    ['ca. 1990', year('1990'), 'year'],
    ['ca 1990', year('1990'), 'year'],
    ['circa 1990', year('1990'), 'year'],
    ['~1990', year('1990'), 'year'],
    ['c1990', year('1990'), 'year'],
    ['C. March 1990', month('1990-03'), 'month'],
    ['approx. 1990-06-01', day('1990-06-01'), 'day'],
    ['c. 1990s', span('1990', '1999'), 'period'],
  ])('reads %j as approximate, with a note', (input, expected, what) => {
    expect(parseFlexibleDate(input)).toEqual({
      ...expected,
      approximate: true,
      note: `The file gives "${input}": about that ${what}`,
    });
  });

  it.each([
    ['22 mars 2024', day('2024-03-22')],
    ['1er mars 2024', day('2024-03-01')],
    ['vendredi 22 mars 2024', day('2024-03-22')],
    ['März 2024', month('2024-03')],
    ['22. März 2024', day('2024-03-22')],
    ['Freitag, 22. März 2024', day('2024-03-22')],
    ['22 марта 2024', day('2024-03-22')],
    ['22 марта 2024 г.', day('2024-03-22')],
    ['marzo de 2024', month('2024-03')],
    ['22 de marzo de 2024', day('2024-03-22')],
    ['1 ene. 2024', day('2024-01-01')],
    ['22 de março de 2024', day('2024-03-22')],
    ['22 maggio 2024', day('2024-05-22')],
    ['22 mei 2024', day('2024-05-22')],
    ['22 Mart 2024', day('2024-03-22')],
    ['22 Mart 2024 Cuma', day('2024-03-22')],
    ['22 مارس 2024', day('2024-03-22')],
    ['٢٢ مارس، ٢٠٢٤', day('2024-03-22')],
    ['22 آذار 2024', day('2024-03-22')],
    ['15 كانون الثاني 2024', day('2024-01-15')],
    ['۲۲ مارس ۲۰۲۴', day('2024-03-22')],
    ['22 مارچ 2024', day('2024-03-22')],
    ['2024 March 22', day('2024-03-22')],
    ['22-Mar-24', day('2024-03-22')],
  ])('reads %j, its month in words', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it('refuses a date in words without a year', () => {
    expect(parseFlexibleDate('22 March')).toEqual({
      error: '"22 March" has no year',
      fix: 'Write the date with its year, for example 2024-03-22',
    });
    expect(errorOf('mars')).toBe('"mars" has no year');
  });

  it('reads a Date as its UTC day', () => {
    expect(parseFlexibleDate(new Date(Date.UTC(2024, 2, 22)))).toEqual(day('2024-03-22'));
  });

  it('refuses days that do not exist', () => {
    expect(errorOf('2024-02-30')).toBe('2024-02-30 is not a real calendar day (February has 29 days)');
    expect(errorOf('2023-02-29')).toMatch(/not a real calendar day/);
    expect(errorOf('31 April 2024')).toMatch(/not a real calendar day/);
    expect(errorOf('2024-13')).toBe('month 13 does not exist');
    expect(errorOf('13/2024')).toBe('month 13 does not exist');
  });

  it('refuses years outside 1000-2999', () => {
    expect(errorOf('0999')).toBe('year 999 is outside 1000-2999');
    expect(errorOf('3000-01-01')).toBe('year 3000 is outside 1000-2999');
    expect(errorOf('22/03/0999')).toBe('year 999 is outside 1000-2999');
    expect(errorOf(-86400000000)).toMatch(/is not a date/);
  });

  it('refuses what is not a date', () => {
    expect(errorOf('')).toBe('is empty');
    expect(errorOf(null)).toBe('is empty');
    expect(errorOf('soon')).toMatch(/^"soon" is not a date we can read; write dates as YYYY-MM-DD/);
    expect(errorOf('Cairo 2024')).toMatch(/^"Cairo 2024" is not a date we can read/);
    expect(errorOf('45373')).toMatch(/spreadsheet's internal date number/);
    expect(errorOf(2024.5)).toMatch(/is not a date/);
    expect(errorOf({})).toMatch(/is not a date/);
    expect(errorOf(new Date(NaN))).toBe('is not a real date');
    expect(errorOf('Smarch 2024')).toMatch(/is not a date we can read/);
  });

  it('never throws, and gives a valid date or an error, whatever the reading', () => {
    const reading = fc.record(
      {
        order: fc.constantFrom('day-first' as const, 'month-first' as const),
        orderBy: fc.constantFrom('column' as const, 'reader' as const),
        split: fc.boolean(),
        epoch: fc.constantFrom('seconds' as const, 'milliseconds' as const),
      },
      { requiredKeys: [] },
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[\d/.\- :TZ~cQs]{0,24}$/),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.integer(), fc.double(), fc.jsonValue()), reading, (value, r) => {
        const result = parseFlexibleDate(value, r);
        expect('date' in result || 'error' in result).toBe(true);
      }),
    );
  });

  it('never says a date could be read either way unless both ways give different real days', () => {
    const dayMonth = fc
      .tuple(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 32 }),
        fc.oneof(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 99 })),
        fc.constantFrom('/', '.', '-'),
        fc.boolean(),
      )
      .map(([a, b, y, sep, padded]) => {
        const part = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        return `${part(a)}${sep}${part(b)}${sep}${y < 100 ? String(y).padStart(2, '0') : y}`;
      });
    fc.assert(
      fc.property(fc.oneof(dayMonth, fc.string()), (value) => {
        const result = parseFlexibleDate(value);
        if (!('error' in result) || !/could be .* or /.test(result.error)) return;
        const form = dayMonthForm(value);
        expect(form && orderOf(form)).toBe('either');
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every real day written as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseFlexibleDate(iso)).toEqual(day(iso));
        },
      ),
    );
  });
});

describe('dayMonthForm and orderOf', () => {
  it.each([
    ['25/12/2024', 'day-first'],
    ['12/25/2024', 'month-first'],
    ['03/04/2024', 'either'],
    ['c. 03/04/2024 10:00', 'either'],
    ['05/05/2024', null],
    ['31/02/2024', null],
    ['13/13/2024', null],
  ])('%j can be read %s', (input, order) => {
    expect(orderOf(dayMonthForm(input)!)).toBe(order);
  });

  it('knows only dates of numbers with the day and month first', () => {
    expect(dayMonthForm('2024-03-04')).toBeNull();
    expect(dayMonthForm('3 April 2024')).toBeNull();
    expect(dayMonthForm(20240304)).toBeNull();
    expect(dayMonthForm('3.4.24')).toEqual({
      first: 3,
      second: 4,
      year: 2024,
      twoDigitYear: true,
      separator: '.',
    });
  });
});

describe('epochNumber', () => {
  it('knows numbers of 9 to 13 digits', () => {
    expect(epochNumber('1711134300')).toBe(1711134300);
    expect(epochNumber(' 1711134300000 ')).toBe(1711134300000);
    expect(epochNumber(1711134300.5)).toBe(1711134300.5);
    expect(epochNumber('20240322')).toBeNull();
    expect(epochNumber('17111343000000')).toBeNull();
    expect(epochNumber('2024-03-22')).toBeNull();
  });
});

describe('spanFrom', () => {
  it('joins two dates, each as precise as it is given', () => {
    expect(spanFrom('2020-01', '2020-09-30')).toEqual(span('2020-01', '2020-09-30'));
    expect(spanFrom('Dec 2021', '2022')).toEqual(span('2021-12', '2022'));
  });

  it('gives one date when both ends are the same', () => {
    expect(spanFrom('2024-03-22', '22 March 2024')).toEqual(day('2024-03-22'));
  });

  it('gives the start alone when there is no end', () => {
    expect(spanFrom('2024-03', '')).toEqual(month('2024-03'));
    expect(spanFrom('2024-03', null)).toEqual(month('2024-03'));
  });

  it('refuses a period that ends before it starts', () => {
    expect(spanFrom('2024-03-22', '2024-03-01')).toEqual({
      error: 'starts (2024-03-22) after it ends (2024-03-01)',
    });
  });

  it('allows an end inside the start month', () => {
    expect(spanFrom('2024-03', '2024-03-05')).toEqual(span('2024-03', '2024-03-05'));
  });

  it('reads each end as its own column says', () => {
    expect(spanFrom('03/04/2024', '05/06/2024', DAY_FIRST, MONTH_FIRST)).toEqual(
      span('2024-04-03', '2024-05-06'),
    );
  });

  it('starts with the start of a period and ends with the end of one', () => {
    expect(spanFrom('1990s', 'Q1 2004')).toEqual(span('1990', '2004-03'));
  });

  it('keeps the note of an approximate end', () => {
    expect(spanFrom('c. 1990', '1995')).toEqual({
      ...span('1990', '1995'),
      approximate: true,
      note: 'The file gives "c. 1990": about that year',
    });
  });

  it('names the end that cannot be read, keeping its fix', () => {
    expect(spanFrom('2024', '3/4/24')).toMatchObject({
      error: expect.stringMatching(/^end date: "3\/4\/24" could be 3 April 2024/),
      fix: expect.stringMatching(/Your data/),
    });
    expect(spanFrom('', '2024')).toMatchObject({ error: 'start date: is empty' });
  });
});

describe('dateFromParts', () => {
  it('is as precise as the parts given', () => {
    expect(dateFromParts('2024', '3', '22')).toEqual(day('2024-03-22'));
    expect(dateFromParts(2024, 3, '')).toEqual(month('2024-03'));
    expect(dateFromParts('2024', '', '')).toEqual(year('2024'));
    expect(dateFromParts('2024', 'March', '22')).toEqual(day('2024-03-22'));
    expect(dateFromParts('2024', 'mars', '22')).toEqual(day('2024-03-22'));
    expect(dateFromParts('2024.0', '3.0', '22.0')).toEqual(day('2024-03-22'));
  });

  it('reads a 0 month or day as unknown, as the GTD writes it', () => {
    expect(dateFromParts('1994', '0', '0')).toEqual(year('1994'));
    expect(dateFromParts('1994', '7', '0')).toEqual(month('1994-07'));
  });

  it('refuses parts that are not numbers or do not make a day', () => {
    expect(dateFromParts('', '3', '1')).toEqual({ error: 'year is empty' });
    expect(dateFromParts('next', '3', '1')).toEqual({ error: 'year "next" is not a year' });
    expect(dateFromParts('2024', 'x', '1')).toEqual({ error: 'month "x" is not a month' });
    expect(dateFromParts('2024', '2', '30')).toMatchObject({
      error: expect.stringMatching(/not a real calendar day/),
    });
    expect(dateFromParts('2024', '2', '-1')).toEqual({ error: 'day "-1" is not a day of the month' });
  });
});
