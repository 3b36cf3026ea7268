import { describe, expect, it } from 'vitest';
import { parseFigure } from './figure';

const exact = (value: number, text: string) => ({ figure: { value, text, approximate: false } });
const about = (value: number, text: string) => ({ figure: { value, text, approximate: true } });

describe('parseFigure', () => {
  it.each([
    ['12', exact(12, '12')],
    ['12.0', exact(12, '12.0')],
    ['1,818', exact(1818, '1,818')],
    ['1 818', exact(1818, '1 818')],
    ['0', exact(0, '0')],
    ['three', exact(3, 'three')],
    ['about 50', about(50, 'about 50')],
    ['More than 54', about(54, 'More than 54')],
    ['~1,200', about(1200, '~1,200')],
    ['50+', about(50, '50+')],
    ['50-60', about(50, '50-60')],
    ['50 to 60', about(50, '50 to 60')],
    ['dozens', about(24, 'dozens')],
    ['at least a dozen', about(12, 'at least a dozen')],
  ])('reads %j', (input, expected) => {
    expect(parseFigure(input)).toEqual(expected);
  });

  it('reads numbers from JSON', () => {
    expect(parseFigure(145)).toEqual(exact(145, '145'));
    expect(parseFigure(-1)).toEqual({ error: '-1 is not a whole number of people' });
    expect(parseFigure(2.5)).toEqual({ error: '2.5 is not a whole number of people' });
  });

  it('reads blanks and unknowns as no figure', () => {
    for (const blank of ['', '  ', '-', 'unknown', 'N/A', null, undefined]) {
      expect(parseFigure(blank)).toEqual({ empty: true });
    }
  });

  it('refuses what is not a number of people', () => {
    expect(parseFigure('many')).toEqual({ error: '"many" is not a number of people' });
    expect(parseFigure('-3')).toEqual({ error: '"-3" is not a number of people' });
    expect(parseFigure('12.5')).toEqual({ error: '"12.5" is not a number of people' });
    expect(parseFigure('1,81')).toEqual({ error: '"1,81" is not a number of people' });
    expect(parseFigure({})).toEqual({ error: 'is not a number of people' });
  });
});
