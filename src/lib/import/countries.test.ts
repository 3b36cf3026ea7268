import { describe, expect, it } from 'vitest';
import { countryCode, countryCodes } from './countries';

describe('countryCode', () => {
  it('reads two-letter codes in any case, today’s code for a retired one', () => {
    expect(countryCode('af')).toBe('AF');
    expect(countryCode(' PK ')).toBe('PK');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('XK')).toBe('XK');
    expect(countryCode('XX')).toBeNull();
    expect(countryCode('EU')).toBeNull();
  });

  it('reads the names of the countries in our data', () => {
    expect(
      ['Russia', 'Afghanistan', 'Qatar', 'United States', 'Pakistan', 'Germany'].map(countryCode),
    ).toEqual(['RU', 'AF', 'QA', 'US', 'PK', 'DE']);
  });

  it('reads other common names, other languages and GTD names', () => {
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode("Côte d'Ivoire")).toBe('CI');
    expect(countryCode('Saint Lucia')).toBe('LC');
    expect(countryCode('Allemagne')).toBe('DE');
    expect(countryCode('West Bank and Gaza Strip')).toBe('PS');
    expect(countryCode('Bosnia-Herzegovina')).toBe('BA');
    expect(countryCode('Myanmar')).toBe('MM');
    expect(countryCode('Korea, Republic of')).toBe('KR');
  });

  it('does not guess', () => {
    expect(countryCode('Narnia')).toBeNull();
    expect(countryCode('International')).toBeNull();
    expect(countryCode('')).toBeNull();
  });
});

describe('countryCodes', () => {
  it('reads several countries in one cell', () => {
    expect(countryCodes('Pakistan; Afghanistan')).toEqual({ codes: ['PK', 'AF'], unknown: [] });
    expect(countryCodes('PK, AF, PK')).toEqual({ codes: ['PK', 'AF'], unknown: [] });
    expect(countryCodes('')).toEqual({ codes: [], unknown: [] });
  });

  it('lists what it cannot read', () => {
    expect(countryCodes('Pakistan; Narnia')).toEqual({ codes: ['PK'], unknown: ['Narnia'] });
    expect(countryCodes('Kabul, Afghanistan')).toEqual({ codes: [], unknown: ['Kabul, Afghanistan'] });
  });
});
