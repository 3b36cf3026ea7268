import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../gazetteer';
import { encodeGazetteer, type SourceCity } from '../gazetteer-encode';
import { readCsv } from './csv';
import { locateByPlaceName, unlocatedBecause } from './locate-places';
import type { ImportResult } from './types';

const town = (name: string, country: string, admin: string, lat: number, lon: number, population: number) =>
  ({ name, country, adminCode: admin, population, loc: { coordinates: [lon, lat] } }) satisfies SourceCity;

/** Real GeoNames entries. */
const gazetteer = parseGazetteer(
  encodeGazetteer(
    [
      town('Kabul', 'AF', '13', 34.52813, 69.17233, 3043532),
      town('Kābūl', 'IL', '03', 32.86812, 35.21171, 9497),
      town('Quetta', 'PK', '02', 30.18719, 67.00107, 733675),
      town('Mastung', 'PK', '02', 29.79966, 66.84553, 29082),
      town('Hyderabad', 'IN', '40', 17.38405, 78.45636, 3597816),
      town('Hyderabad', 'PK', '05', 25.39242, 68.37366, 1386330),
      town('Springfield', 'US', 'IL', 39.80172, -89.64371, 116565),
      town('Springfield', 'US', 'MO', 37.21533, -93.29824, 166810),
      town('Springfield', 'US', 'MA', 42.10148, -72.58981, 154341),
    ],
    5000,
    'GeoNames',
  ),
);

const CSV = [
  'id,title,date,place,country,latitude,longitude',
  'market,Market bombing,2024-03-22,"Kabul, Afghanistan",,34.5,69.2', // row 2: has coordinates
  'raid,Raid,2024-05,"Quetta, Pakistan",,,', // row 3: one Quetta
  'rally,Rally,2024-06,Springfield,,,', // row 4: three Springfields
  'flood,Flood,2024-07,Ruritania,,,', // row 5: no such town
  'court,Court ruling,2024-08,Hyderabad,Pakistan,,', // row 6: the country column decides
  'blast,Blast,2024-09,Kabul,,,', // row 7: far larger than the other Kabul
  ',No date,,Quetta,,,', // row 8: rejected
  'train,Train attack,2025-03,"Mastung, Balochistan, Pakistan",,,', // row 9: the province is not checked
  'gate,Gate bombing,2021-08-26,"Abbey Gate, Kabul, Afghanistan",,,', // row 10: placed at the town
  'nation,Country,2021-08,Afghanistan,,,', // row 11: a country, not a town
].join('\n');

const before = readCsv(CSV).result;
const after = locateByPlaceName(before, gazetteer);
const event = (id: string) => after.events.find((e) => e.id === id);

/** total = loaded + rejected rows + unlocated, and every unlocated row points at its pending event. */
function expectConsistent(result: ImportResult) {
  const { total, loaded, rejected, unlocated } = result.report;
  const rejectedRows = new Set(rejected.map((i) => i.row)).size;
  expect(total).toBe(loaded + rejectedRows + unlocated.length);
  expect(loaded).toBe(result.events.length);
  expect(result.pending).toHaveLength(unlocated.length);
  unlocated.forEach((u) => expect(result.pending[u.index]!.props.place.name).toBe(u.place));
}

describe('locateByPlaceName', () => {
  it('starts from eight rows with only a place name', () => {
    expect(before.report.unlocated).toHaveLength(8);
    expectConsistent(before);
  });

  it('places a clear match at the town, as located by place name, with the town’s country', () => {
    expect(event('raid')).toMatchObject({
      lon: 67,
      lat: 30.19,
      props: {
        title: 'Raid',
        place: { name: 'Quetta, Pakistan', precision: 'city', gazetteer: 'Quetta, PK', countries: ['PK'] },
      },
    });
    expect(event('raid')!.props.place).not.toHaveProperty('note');
    expect(event('court')).toMatchObject({ lat: 25.39, props: { place: { gazetteer: 'Hyderabad, PK' } } });
    expect(after.report.located).toContainEqual({
      row: 3,
      feature: null,
      id: 'raid',
      place: 'Quetta, Pakistan',
      match: 'Quetta, PK',
      caveat: null,
    });
  });

  it('says so on the event when it took the largest of several towns, or the town of a site', () => {
    expect(event('blast')!.props.place.note).toBe(
      'The largest of 2 places called Kabul in the gazetteer; give a country or coordinates to be sure.',
    );
    expect(event('gate')!.props.place).toMatchObject({
      gazetteer: 'Kabul, AF',
      note: 'Placed at Kabul: the gazetteer has no “Abbey Gate”.',
    });
  });

  it('reports parts of the name it could not check, without burdening the event with it', () => {
    expect(event('train')!.props.place).not.toHaveProperty('note');
    expect(after.report.located.find((l) => l.id === 'train')?.caveat).toBe(
      '“Balochistan” not checked: the gazetteer knows countries and US states only.',
    );
  });

  it('leaves ambiguous and unknown names unlocated, with why, what to do and the candidates', () => {
    expect(after.report.unlocated).toEqual([
      {
        row: 4,
        feature: null,
        place: 'Springfield',
        index: 0,
        problem: 'is the name of 3 places in the gazetteer',
        fix: 'Add a country column, or the country (or US state) after the name, or add latitude and longitude',
        candidates: ['Springfield, MO, US', 'Springfield, MA, US', 'Springfield, IL, US'],
      },
      {
        row: 5,
        feature: null,
        place: 'Ruritania',
        index: 1,
        problem: 'is not in the gazetteer',
        fix: 'It holds towns of 5,000 people or more under their GeoNames names: check the spelling, or add latitude and longitude',
      },
      {
        row: 11,
        feature: null,
        place: 'Afghanistan',
        index: 2,
        problem: 'names a country, and the gazetteer holds towns',
        fix: 'Name a town, or add latitude and longitude',
      },
    ]);
    expect(after.pending.map((p) => p.id)).toEqual(['rally', 'flood', 'nation']);
  });

  it('keeps the counts whole and the rows with coordinates as they were', () => {
    expectConsistent(after);
    expect(after.report.loaded).toBe(before.report.loaded + 5);
    expect(after.report.rejected).toEqual(before.report.rejected);
    expect(event('market')).toEqual(before.events[0]);
  });

  it('does not place a town in another country than the file gives', () => {
    const csv = 'title,date,place,country\nRaid,2024-05,Quetta,Afghanistan\n';
    const { report } = locateByPlaceName(readCsv(csv).result, gazetteer);
    expect(report.located).toEqual([]);
    expect(report.unlocated[0]?.problem).toBe(
      'is not in the gazetteer: it has no Quetta in AF, only Quetta, PK',
    );
  });
});

describe('unlocatedBecause', () => {
  it('gives every row not located the same reason', () => {
    const result = unlocatedBecause(before, 'the gazetteer could not be loaded', 'Try again');
    expect(result.report.unlocated.map((u) => u.problem)).toEqual(
      Array(8).fill('the gazetteer could not be loaded'),
    );
    expect(result.pending).toBe(before.pending);
    expectConsistent(result);
  });
});
