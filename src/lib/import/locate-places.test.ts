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

  it('says so on the event when it took the one of several towns in the file’s countries, or the town of a site', () => {
    // The file's other rows are in Afghanistan and Pakistan: Kabul is Kabul, Afghanistan, not Kābūl, Israel.
    expect(event('blast')!.props.place.note).toBe(
      "1 other place shares the name Kabul; this is the one in a country of the file's other events.",
    );
    expect(event('gate')!.props.place).toMatchObject({
      gazetteer: 'Kabul, AF',
      note: 'Placed at Kabul: the gazetteer has no “Abbey Gate”.',
    });
  });

  it('says so on the event when it took the largest of several towns', () => {
    const alone = locateByPlaceName(readCsv('title,date,place\nBlast,2024-09,Kabul\n').result, gazetteer);
    expect(alone.events[0]!.props.place.note).toBe(
      'The largest of 2 places called Kabul in the gazetteer; give a country or coordinates to be sure.',
    );
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
        problem: '“Springfield” is the name of 3 places in the gazetteer',
        fix: 'Add a country column, or the country (or US state) after the name, or add latitude and longitude',
        candidates: ['Springfield, MO, US', 'Springfield, MA, US', 'Springfield, IL, US'],
        candidatesAre: 'largest',
      },
      {
        row: 5,
        feature: null,
        place: 'Ruritania',
        index: 1,
        problem: '“Ruritania” is not in the gazetteer',
        fix: 'It holds towns of 5,000 people or more under their GeoNames names, not provinces or districts: check the spelling, name a town, or add latitude and longitude',
      },
      {
        row: 11,
        feature: null,
        place: 'Afghanistan',
        index: 2,
        problem:
          '“Afghanistan” names a country, and the gazetteer holds towns (the country outlines were not at hand)',
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
      '“Quetta” is not in the gazetteer: it has no Quetta in AF, only Quetta, PK',
    );
  });
});

describe('unlocatedBecause', () => {
  it('gives every row not located the same reason', () => {
    const result = unlocatedBecause(before, (place) => `“${place}”: no gazetteer`, 'Try again');
    // One whole sentence for each row, its place name in it (a translation may put it anywhere).
    expect(result.report.unlocated.map((u) => u.problem)).toEqual(
      before.report.unlocated.map((u) => `“${u.place}”: no gazetteer`),
    );
    expect(result.report.unlocated).toHaveLength(8);
    expect(result.pending).toBe(before.pending);
    expectConsistent(result);
  });
});

describe('locateByPlaceName, with the file as context', () => {
  /** Real GeoNames entries: five Jalalabads (Jalal-Abad, Kyrgyzstan, is spelled alike), none ten times the next. */
  const jalalabads = parseGazetteer(
    encodeGazetteer(
      [
        town('Jalālābād', 'AF', '18', 34.42647, 70.45153, 200331),
        town('Jalalabad', 'IN', '19', 30.60622, 74.25727, 40000),
        town('Jalālābād', 'IN', '36', 27.72, 79.66, 36000),
        town('Jalālābād', 'IN', '36', 29.62, 77.44, 22000),
        town('Jalal-Abad', 'KG', '03', 40.93333, 73.0, 97172),
        town('Kandahar', 'AF', '23', 31.61332, 65.71013, 391190),
        town('Kabul', 'AF', '13', 34.52813, 69.17233, 3043532),
      ],
      5000,
      'GeoNames',
    ),
  );

  it('takes the one place of a name in the countries of the file’s other rows, saying how many share it', () => {
    const csv =
      'title,date,place,country,latitude,longitude\nA,2024-01,Kabul,AF,34.5,69.2\nB,2024-02,Jalalabad,,,\n';
    const { events, report } = locateByPlaceName(readCsv(csv).result, jalalabads);
    expect(events[1]).toMatchObject({
      lat: 34.43,
      lon: 70.45,
      props: { place: { gazetteer: 'Jalālābād, AF' } },
    });
    expect(report.located[0]!.caveat).toBe(
      "4 other places share the name Jalalabad; this is the one in a country of the file's other events.",
    );
  });

  it('leaves the name unlocated without such rows, none of its places being much the largest', () => {
    const { report } = locateByPlaceName(
      readCsv('title,date,place\nB,2024-02,Jalalabad\n').result,
      jalalabads,
    );
    expect(report.unlocated[0]!.problem).toBe('“Jalalabad” is the name of 5 places in the gazetteer');
  });

  it('places a name that is only a country at a point inside it, at country precision', () => {
    const csv = 'title,date,place\nBan,2024-02,Afghanistan\n';
    const inside = (code: string): [number, number] | null => (code === 'AF' ? [66, 33.8] : null);
    const { events, report } = locateByPlaceName(readCsv(csv).result, jalalabads, { countryPoint: inside });
    expect(events).toMatchObject([
      {
        lon: 66,
        lat: 33.8,
        props: { place: { name: 'Afghanistan', precision: 'country', countries: ['AF'] } },
      },
    ]);
    expect(events[0]!.props.place).not.toHaveProperty('gazetteer');
    expect(events[0]!.props.place.note).toBe(
      'The place names only the country: drawn at a point inside Afghanistan, not where the event was.',
    );
    expect(report.located).toMatchObject([{ place: 'Afghanistan', match: 'Afghanistan (the country)' }]);
  });

  it('names the nearest spellings it has of a name it does not know, in the file’s countries', () => {
    const csv = 'title,date,place,country\nA,2024-01,Qandahar,AF\nB,2024-01,Jalalabat,\n';
    const { report } = locateByPlaceName(readCsv(csv).result, jalalabads);
    expect(report.unlocated).toMatchObject([
      {
        place: 'Qandahar',
        problem: '“Qandahar” is not in the gazetteer',
        candidatesAre: 'spelled-alike',
        candidates: ['Kandahar, AF'],
      },
      { place: 'Jalalabat', candidates: ['Jalālābād, AF'] },
    ]);
  });
});
