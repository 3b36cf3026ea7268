import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromParts, parseFlexibleDate, spanFrom } from './flexible-date';

const day = (value: string) => ({ date: { precision: 'day', value } });
const month = (value: string) => ({ date: { precision: 'month', value } });
const year = (value: string) => ({ date: { precision: 'year', value } });

function errorOf(value: unknown): string {
  const result = parseFlexibleDate(value);
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
    ['2024-03-22T23:30:00-05:00', day('2024-03-22')],
    ['2024-03-22T00:30:00+05:30', day('2024-03-22')],
    ['22 March 2024', day('2024-03-22')],
    ['22nd March 2024', day('2024-03-22')],
    ['22-Mar-2024', day('2024-03-22')],
    ['Friday, 22 March 2024', day('2024-03-22')],
    ['Mar 22, 2024', day('2024-03-22')],
    ['March 22nd 2024', day('2024-03-22')],
    ['  2024-03-22  ', day('2024-03-22')],
  ])('reads %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it('reads epoch milliseconds as a UTC day, as a number or as digits', () => {
    const ms = Date.UTC(2024, 2, 22, 23, 59);
    expect(parseFlexibleDate(ms)).toEqual(day('2024-03-22'));
    expect(parseFlexibleDate(String(ms))).toEqual(day('2024-03-22'));
    expect(parseFlexibleDate('86400000000')).toEqual(day('1972-09-27'));
  });

  it('reads a Date as its UTC day', () => {
    expect(parseFlexibleDate(new Date(Date.UTC(2024, 2, 22)))).toEqual(day('2024-03-22'));
  });

  it('refuses day/month and month/day dates, saying how to write them', () => {
    for (const text of ['03/04/2024', '3/4/24', '22/03/2024', '03.04.2024', '3-4-2024']) {
      expect(errorOf(text)).toMatch(/could mean day\/month or month\/day; write dates as YYYY-MM-DD/);
    }
  });

  it('refuses days that do not exist', () => {
    expect(errorOf('2024-02-30')).toBe('2024-02-30 is not a real calendar day (February has 29 days)');
    expect(errorOf('2023-02-29')).toMatch(/not a real calendar day/);
    expect(errorOf('31 April 2024')).toMatch(/not a real calendar day/);
    expect(errorOf('2024-13')).toBe('month 13 does not exist');
    expect(errorOf('2024-03-22T25:00')).toMatch(/time that does not exist/);
  });

  it('refuses years outside 1000-2999', () => {
    expect(errorOf('0999')).toBe('year 999 is outside 1000-2999');
    expect(errorOf('3000-01-01')).toBe('year 3000 is outside 1000-2999');
    expect(parseFlexibleDate('9999999999999')).toEqual(day('2286-11-20'));
    expect(errorOf(-86400000000)).toMatch(/is not a date/);
  });

  it('refuses what is not a date', () => {
    expect(errorOf('')).toBe('is empty');
    expect(errorOf(null)).toBe('is empty');
    expect(errorOf('soon')).toMatch(/^"soon" is not a date we can read; write dates as YYYY-MM-DD/);
    expect(errorOf('45373')).toMatch(/spreadsheet's internal date number/);
    expect(errorOf(2024.5)).toMatch(/is not a date/);
    expect(errorOf({})).toMatch(/is not a date/);
    expect(errorOf(new Date(NaN))).toBe('is not a real date');
    expect(errorOf('Smarch 2024')).toMatch(/is not a date we can read/);
  });

  it('never throws, and gives a valid date or an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.jsonValue()), (value) => {
        const result = parseFlexibleDate(value);
        expect('date' in result || 'error' in result).toBe(true);
      }),
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

describe('spanFrom', () => {
  it('joins two dates, each as precise as it is given', () => {
    expect(spanFrom('2020-01', '2020-09-30')).toEqual({
      date: { precision: 'span', start: '2020-01', end: '2020-09-30' },
    });
    expect(spanFrom('Dec 2021', '2022')).toEqual({
      date: { precision: 'span', start: '2021-12', end: '2022' },
    });
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
    expect(spanFrom('2024-03', '2024-03-05')).toEqual({
      date: { precision: 'span', start: '2024-03', end: '2024-03-05' },
    });
  });

  it('names the end that cannot be read', () => {
    expect(spanFrom('2024', '3/4/24')).toMatchObject({
      error: expect.stringMatching(/^end date: "3\/4\/24"/),
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
