import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOMINANCE,
  describePlace,
  lookUpPlace,
  nearestSpellings,
  parseGazetteer,
  placeKey,
  type Lookup,
} from './gazetteer';
import { encodeGazetteer, type SourceCity } from './gazetteer-encode';

/** Real GeoNames entries (names, codes, coordinates and populations), a few per case. */
const CITIES: Array<[string, string, string, number, number, number]> = [
  ['Kabul', 'AF', '13', 34.52813, 69.17233, 3043532],
  ['Kābūl', 'IL', '03', 32.86812, 35.21171, 9497],
  ['Quetta', 'PK', '02', 30.18719, 67.00107, 733675],
  ['Mastung', 'PK', '02', 29.79966, 66.84553, 29082],
  ['Hyderabad', 'IN', '40', 17.38405, 78.45636, 3597816],
  ['Hyderabad', 'PK', '05', 25.39242, 68.37366, 1386330],
  ['Springfield', 'US', 'IL', 39.80172, -89.64371, 116565],
  ['Springfield', 'US', 'MO', 37.21533, -93.29824, 166810],
  ['Springfield', 'US', 'MA', 42.10148, -72.58981, 154341],
  ['Springfield', 'US', 'OR', 44.04624, -123.02203, 60870],
  ['Paris', 'FR', '11', 48.85341, 2.3488, 2138551],
  ['Paris', 'US', 'TX', 33.66094, -95.55551, 24782],
  ['Singapore', 'SG', '01', 1.28967, 103.85007, 3547809],
  ['Jordan', 'US', 'MN', 44.66691, -93.6269, 6076],
  ['Saint-Étienne', 'FR', '84', 45.43389, 4.39, 176280],
  ['Łódź', 'PL', '74', 51.77058, 19.47395, 768755],
  ['Washington, D.C.', 'US', 'DC', 38.89511, -77.03637, 601723],
];

const gazetteer = parseGazetteer(
  encodeGazetteer(
    CITIES.map(([name, country, adminCode, lat, lon, population]): SourceCity => ({
      name,
      country,
      adminCode,
      population,
      loc: { coordinates: [lon, lat] },
    })),
    5000,
    'GeoNames',
  ),
);

function look(text: string, countries: string[] = []): Lookup {
  return lookUpPlace(gazetteer, text, countries);
}

/** "Quetta, PK (only)", or the kind of a lookup that did not match. */
function match(text: string, countries: string[] = []): string {
  const found = look(text, countries);
  return found.kind === 'matched' ? `${describePlace(found.place)} (${found.chosen})` : found.kind;
}

describe('placeKey', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(placeKey('Saint-Étienne')).toBe(placeKey('st etienne'));
    expect(placeKey('St. Étienne')).toBe('stetienne');
    expect(placeKey('Łódź')).toBe('lodz');
    expect(placeKey("Ma'rib")).toBe(placeKey('Marib'));
    expect(placeKey('Sainte-Foy')).toBe(placeKey('Ste Foy'));
    expect(placeKey('Stein')).toBe('stein');
    expect(placeKey('Sankt Peterburg')).not.toBe(placeKey('Saint Petersburg'));
    expect(placeKey('  ,; ')).toBe('');
    expect(placeKey('كابل')).toBe('كابل');
  });
});

describe('lookUpPlace', () => {
  it('matches the only place of a name, by any spelling of it', () => {
    expect(match('Quetta')).toBe('Quetta, PK (only)');
    expect(match('  quetta ')).toBe('Quetta, PK (only)');
    expect(match('Lodz')).toBe('Łódź, PL (only)');
    expect(match('St Etienne')).toBe('Saint-Étienne, FR (only)');
    expect(look('Quetta')).toMatchObject({ name: 'Quetta', others: 0, unchecked: [] });
  });

  it('reads the parts after the name as a country or a US state', () => {
    expect(match('Quetta, Pakistan')).toBe('Quetta, PK (only)');
    expect(match('Hyderabad, Pakistan')).toBe('Hyderabad, PK (narrowed)');
    expect(match('Hyderabad, IN')).toBe('Hyderabad, IN (narrowed)');
    expect(match('Springfield, Illinois')).toBe('Springfield, IL, US (narrowed)');
    // "IL" is also Israel's code; a state of the places found comes first.
    expect(match('Springfield, IL')).toBe('Springfield, IL, US (narrowed)');
    expect(match('Springfield, Missouri, USA')).toBe('Springfield, MO, US (narrowed)');
    expect(match('Washington, DC')).toBe('Washington, D.C., DC, US (only)');
  });

  it('says which parts after the name it could not check', () => {
    expect(look('Mastung, Balochistan, Pakistan')).toMatchObject({
      kind: 'matched',
      name: 'Mastung',
      unchecked: ['Balochistan'],
    });
  });

  it('takes the first part it knows as the name: a site inside a town is placed at the town', () => {
    expect(look('Abbey Gate, Hamid Karzai International Airport, Kabul, Afghanistan')).toMatchObject({
      kind: 'matched',
      name: 'Kabul',
      skipped: ['Abbey Gate', 'Hamid Karzai International Airport'],
      chosen: 'narrowed',
      place: { country: 'AF' },
    });
  });

  it('narrows down by the countries of the file’s country column', () => {
    expect(match('Hyderabad', ['PK'])).toBe('Hyderabad, PK (narrowed)');
    expect(match('Hyderabad', ['PK', 'AF'])).toBe('Hyderabad, PK (narrowed)');
    expect(match('Springfield', ['US'])).toBe('ambiguous');
  });

  it('reports places of comparable size as ambiguous, largest first', () => {
    const found = look('Springfield');
    expect(found.kind).toBe('ambiguous');
    if (found.kind !== 'ambiguous') return;
    expect(found.candidates.map((p) => p.admin)).toEqual(['MO', 'MA', 'IL', 'OR']);
    expect(match('Hyderabad')).toBe('ambiguous');
  });

  it(`takes a place ${DOMINANCE} times larger than any other of its name, and says so`, () => {
    expect(look('Paris')).toMatchObject({ kind: 'matched', chosen: 'largest', others: 1 });
    expect(match('Kabul')).toBe('Kabul, AF (largest)');
    expect(match('Paris, Texas')).toBe('Paris, TX, US (narrowed)');
  });

  it('does not place a name in another country than the one given', () => {
    expect(look('Quetta, Afghanistan')).toMatchObject({
      kind: 'not-found',
      why: 'in-country',
      within: 'Afghanistan',
    });
    expect(look('Quetta', ['AF'])).toMatchObject({ kind: 'not-found', why: 'in-country', within: 'AF' });
    expect(look('Springfield, Texas')).toMatchObject({ kind: 'not-found', why: 'in-country' });
  });

  it('reads a country’s name as a town only in that country', () => {
    expect(match('Singapore')).toBe('Singapore, SG (only)');
    expect(look('Jordan')).toMatchObject({ kind: 'not-found', why: 'country' });
    expect(match('Jordan, Minnesota')).toBe('Jordan, MN, US (only)');
    expect(look('Afghanistan')).toMatchObject({ kind: 'not-found', why: 'country' });
  });

  it('says when nothing is known by the name', () => {
    expect(look('Ruritania')).toEqual({ kind: 'not-found', why: 'unknown' });
    expect(look('Concert hall outside Moscow, Russia')).toMatchObject({ why: 'unknown' });
    expect(look(' , ')).toEqual({ kind: 'not-found', why: 'empty' });
  });

  it('never throws, whatever the text and countries', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
        (text, countries) => {
          expect(['matched', 'ambiguous', 'not-found']).toContain(
            lookUpPlace(gazetteer, text, countries).kind,
          );
        },
      ),
      { numRuns: 500 },
    );
    const names = fc.constantFrom(...CITIES.map(([name]) => name), 'Pakistan', 'IL', 'Texas', '');
    fc.assert(
      fc.property(fc.array(names, { maxLength: 4 }), (parts) => {
        expect(() => lookUpPlace(gazetteer, parts.join(', '))).not.toThrow();
      }),
    );
  });
});

describe('describePlace', () => {
  it('names the state only where the code is letters', () => {
    expect(describePlace(gazetteer.byKey.get('quetta')![0]!)).toBe('Quetta, PK');
    expect(describePlace(gazetteer.byKey.get('jordan')![0]!)).toBe('Jordan, MN, US');
  });
});

describe('lookUpPlace with the file as context', () => {
  it('takes the one place of the name in the file’s countries, before the largest', () => {
    const found = lookUpPlace(gazetteer, 'Hyderabad', [], new Set(['PK', 'AF']));
    expect(found).toMatchObject({ kind: 'matched', chosen: 'context', others: 1, place: { country: 'PK' } });
    expect(lookUpPlace(gazetteer, 'Paris', [], new Set(['US']))).toMatchObject({ place: { country: 'US' } });
  });

  it('lets the row’s own country win over the file’s', () => {
    expect(lookUpPlace(gazetteer, 'Hyderabad', ['IN'], new Set(['PK']))).toMatchObject({
      chosen: 'narrowed',
      place: { country: 'IN' },
    });
  });

  it('does not choose when the file’s countries hold none or several of them', () => {
    expect(lookUpPlace(gazetteer, 'Hyderabad', [], new Set(['GB'])).kind).toBe('ambiguous');
    expect(lookUpPlace(gazetteer, 'Springfield', [], new Set(['US'])).kind).toBe('ambiguous');
  });
});

describe('nearestSpellings', () => {
  it('names places spelled nearly the same, nearest first', () => {
    expect(nearestSpellings(gazetteer, 'Quettta').map(describePlace)).toEqual(['Quetta, PK']);
    expect(nearestSpellings(gazetteer, 'Springfeld').map((p) => p.name)).toEqual(['Springfield']);
  });

  it('looks in the countries given, whatever the first letter', () => {
    expect(nearestSpellings(gazetteer, 'Cabul', ['AF']).map(describePlace)).toEqual(['Kabul, AF']);
    expect(nearestSpellings(gazetteer, 'Cabul')).toEqual([]);
  });

  it('names nothing for a name far from every place', () => {
    expect(nearestSpellings(gazetteer, 'Ruritania')).toEqual([]);
    expect(nearestSpellings(gazetteer, 'Qu')).toEqual([]);
  });
});
