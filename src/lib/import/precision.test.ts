import { describe, expect, it } from 'vitest';
import { readDatePrecision, readPlacePrecision, withDatePrecision } from './precision';

describe('readPlacePrecision', () => {
  it('reads each dataset code by its codebook, known by the column name', () => {
    expect(readPlacePrecision('geo_precision', '1')).toEqual({ value: 'city' });
    expect(readPlacePrecision('GEO_PRECISION', '3')).toEqual({ value: 'province' });
    expect(readPlacePrecision('where_prec', '6')).toEqual({ value: 'country' });
    expect(readPlacePrecision('where_prec', '4.0')).toEqual({ value: 'province' });
    expect(readPlacePrecision('specificity', '5')).toEqual({ value: 'country' });
    expect(readPlacePrecision('specificity', '1')).toEqual({ value: 'city' });
  });

  it('reads our words in a generic column', () => {
    expect(readPlacePrecision('place_precision', 'Province')).toEqual({ value: 'province' });
    expect(readPlacePrecision('place_precision', 'town')).toEqual({ value: 'city' });
    expect(readPlacePrecision('place_precision', '')).toBeNull();
  });

  it('says what a code that is not in the codebook is, and what would be', () => {
    expect(readPlacePrecision('geo_precision', '7')).toEqual({
      error: `"7" is not one of ACLED's precision codes (1, 2, 3); the precision was not changed`,
      fix: "Give one of 1, 2, 3, as ACLED's codebook sets them",
    });
    expect(readPlacePrecision('place_precision', '2')).toMatchObject({
      error: expect.stringContaining('"2"'),
    });
  });
});

describe('readDatePrecision', () => {
  it('reads ACLED and UCDP codes and our words', () => {
    expect(readDatePrecision('time_precision', '3')).toEqual({ value: 'month' });
    expect(readDatePrecision('date_prec', '5')).toEqual({ value: 'year' });
    expect(readDatePrecision('date_precision', 'month')).toEqual({ value: 'month' });
    expect(readDatePrecision('date_precision', 'fortnight')).toMatchObject({ error: expect.any(String) });
  });
});

describe('withDatePrecision', () => {
  const day = { precision: 'day', value: '2024-03-15' } as const;

  it('makes a day no more precise than the file says', () => {
    expect(withDatePrecision(day, 'month').date).toEqual({ precision: 'month', value: '2024-03' });
    expect(withDatePrecision(day, 'year').date).toEqual({ precision: 'year', value: '2024' });
    expect(withDatePrecision(day, 'day').date).toEqual(day);
  });

  it('reads a day known to the week as the seven days around it, across a month end', () => {
    expect(withDatePrecision({ precision: 'day', value: '2024-03-30' }, 'week').date).toEqual({
      precision: 'span',
      start: '2024-03-27',
      end: '2024-04-02',
    });
  });

  it('never makes a date more precise, and says so', () => {
    const month = { precision: 'month', value: '2024-03' } as const;
    expect(withDatePrecision(month, 'day')).toEqual({
      date: month,
      problem: 'says the date is known to the day, but 2024-03 gives only the month',
    });
    const span = { precision: 'span', start: '2024-01', end: '2024-03' } as const;
    expect(withDatePrecision(span, 'day')).toEqual({ date: span });
  });
});
