import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedShapes } from '../country-shapes.fixture';
import { parseGazetteer } from '../gazetteer';
import { encodeGazetteer, type SourceCity } from '../gazetteer-encode';
import { checkCountries, hasCountriesToCheck, swapQuestion, uncheckedBecause } from './check-countries';
import { readCsv } from './csv';
import { locateByPlaceName, unlocatedBecause as notLookedUp } from './locate-places';
import type { ImportResult } from './types';

const shapes = shippedShapes();

function read(...rows: string[]): ImportResult {
  return readCsv(['id,title,date,place,country,latitude,longitude', ...rows].join('\n')).result;
}

const checked = (...rows: string[]) => checkCountries(read(...rows), shapes);

describe('checkCountries', () => {
  it('keeps a point inside the country its row names, without a note', () => {
    const result = checked('kabul,Blast,2024-03-22,Kabul,Afghanistan,34.53,69.17');
    expect(result.events).toMatchObject([{ id: 'kabul', lat: 34.53, lon: 69.17 }]);
    expect(result.report.corrected).toEqual([]);
  });

  it('keeps a point just off its coast, within the tolerance', () => {
    // 15 km out to sea off Karachi.
    const result = checked('port,Raid,2024-03-22,Karachi,PK,24.7,66.85');
    expect(result.events).toHaveLength(1);
    expect(result.report.corrected).toEqual([]);
  });

  it('keeps a point at sea near its country, saying how far out it is', () => {
    const result = checked('boat,Boat seized,2024-03-22,,PK,23.5,65.5');
    expect(result.events).toHaveLength(1);
    expect(result.report.corrected).toMatchObject([
      {
        row: 2,
        id: 'boat',
        field: 'latitude',
        column: 'latitude',
        problem: expect.stringMatching(
          /^latitude 23.5, longitude 65.5 is at sea, 1\d\d km off Pakistan \(the row's country\)$/,
        ),
        fix: 'Kept where the file puts it; correct the coordinates if the event was on land',
      },
    ]);
  });

  it('swaps a point that is in its country only the other way round, giving both', () => {
    const result = checked('kabul,Blast,2024-03-22,Kabul,AF,69.17,34.53');
    expect(result.events).toMatchObject([{ lat: 34.53, lon: 69.17 }]);
    expect(result.report.corrected).toEqual([
      {
        row: 2,
        feature: null,
        id: 'kabul',
        field: 'latitude',
        column: 'latitude',
        problem: "latitude 69.17, longitude 34.53 is in Russia, not in Afghanistan (the row's country)",
        fix: 'Read the other way round (latitude 34.53, longitude 69.17) it is in Afghanistan, and it was placed there; check that latitude and longitude are not exchanged',
      },
    ]);
  });

  it('reads the country from the place name when there is no country column', () => {
    const result = checked('kabul,Blast,2024-03-22,"Kabul, Afghanistan",,69.17,34.53');
    expect(result.events).toMatchObject([{ lat: 34.53, lon: 69.17 }]);
    expect(result.report.corrected[0]!.problem).toBe(
      'latitude 69.17, longitude 34.53 is in Russia, not in Afghanistan (the place name “Kabul, Afghanistan”)',
    );
  });

  it('sets a point elsewhere aside, to be placed by its name', () => {
    const result = checked('kabul,Blast,2024-03-22,"Kabul, Afghanistan",,69.1,134.5');
    expect(result.events).toEqual([]);
    expect(result.pending.map((p) => p.id)).toEqual(['kabul']);
    expect(result.report.unlocated).toEqual([
      {
        row: 2,
        feature: null,
        place: 'Kabul, Afghanistan',
        index: 0,
        setAside: {
          row: 2,
          feature: null,
          id: 'kabul',
          field: 'latitude',
          column: 'latitude',
          problem:
            'latitude 69.1, longitude 134.5 is in Russia, not in Afghanistan (the place name “Kabul, Afghanistan”)',
          fix: 'Placed by its place name instead; correct the coordinates to place it exactly',
        },
      },
    ]);
  });

  it('refuses a point elsewhere that has no place name, saying where it is', () => {
    const result = checked('x,Blast,2024-03-22,,AF,69.1,134.5', 'y,Blast,2024-03-22,,AF,34.5,69.1');
    expect(result.events.map((e) => e.id)).toEqual(['y']);
    expect(result.report.rejected).toEqual([
      {
        row: 2,
        feature: null,
        id: 'x',
        field: 'latitude',
        column: 'latitude',
        problem:
          "latitude 69.1, longitude 134.5 is in Russia, not in Afghanistan (the row's country), nor is it read the other way round",
        fix: 'Correct the coordinates or the country, or give a place name to locate the event by',
      },
    ]);
    expect(result.report.loaded).toBe(1);
  });

  it('accepts any of the countries a row names', () => {
    // Torkham is on the border: either country will do, and so will a point on the Pakistani side.
    const result = checked('t,Clash,2024-03-22,Torkham,AF; PK,34.0,71.5');
    expect(result.events).toHaveLength(1);
    expect(result.report.corrected).toEqual([]);
  });

  it('says once which countries it has no outline for', () => {
    const result = checked('a,A,2024-03-22,,XK,42.66,21.17', 'b,B,2024-03-22,,XK,42.6,21.1');
    expect(result.events).toHaveLength(2);
    expect(result.report.corrected).toMatchObject([
      { row: null, field: 'country', problem: '2 points name countries the map has no outline for (XK)' },
    ]);
  });

  it('does not check points in an outline without a country code, and says so once', () => {
    // Hargeisa, in Natural Earth's Somaliland.
    const result = checked('h,A,2024-03-22,Hargeisa,Somalia,9.56,44.06');
    expect(result.events).toHaveLength(1);
    expect(result.report.corrected).toMatchObject([
      {
        row: null,
        field: 'country',
        problem: "1 point is in Somaliland, which the map's outlines give no country",
      },
    ]);
  });

  it('leaves rows without a country, and rows placed by name, as they are', () => {
    const before = read('a,A,2024-03-22,,,69.1,34.5', 'b,B,2024-03-22,Quetta,PK,,');
    expect(hasCountriesToCheck(before)).toBe(false);
    expect(checkCountries(before, shapes)).toMatchObject({ events: before.events, pending: before.pending });
  });

  it('counts rows swapped into their country as evidence that the whole file is swapped', () => {
    const result = checked(
      'a,A,2024-03-22,,AF,69.17,34.53',
      'b,B,2024-03-22,,PK,67,30.19',
      'c,C,2024-03-22,,PK,30.19,67',
    );
    expect(swapQuestion(result.swapEvidence)).toEqual({
      rows: 2,
      of: 3,
      example:
        'Row 2: latitude 69.17, longitude 34.53 is in Russia; read the other way round it is in Afghanistan, as the row says',
    });
    expect(
      swapQuestion(checked('a,A,2024-03-22,,AF,69.17,34.53', 'c,C,2024-03-22,,PK,30.19,67').swapEvidence),
    ).toBeNull();
  });
});

describe('uncheckedBecause', () => {
  it('loads every row with one note for the file', () => {
    const before = read('a,A,2024-03-22,,AF,69.1,134.5');
    const result = uncheckedBecause(before, 'the server answered 404');
    expect(result.events).toEqual(before.events);
    expect(result.report.corrected).toMatchObject([
      {
        row: null,
        field: 'country',
        problem:
          'the points were not checked against their countries: the country outlines did not load (the server answered 404)',
      },
    ]);
  });
});

describe('a point set aside, then the gazetteer', () => {
  const town = (name: string, country: string, lat: number, lon: number, population: number) =>
    ({ name, country, adminCode: '1', population, loc: { coordinates: [lon, lat] } }) satisfies SourceCity;
  const gazetteer = parseGazetteer(
    encodeGazetteer([town('Kabul', 'AF', 34.53, 69.17, 3_000_000)], 5000, 'GeoNames'),
  );

  it('places it at the town of its name, saying where its own point was', () => {
    const result = locateByPlaceName(
      checked('kabul,Blast,2024-03-22,"Kabul, Afghanistan",,69.1,134.5'),
      gazetteer,
    );
    expect(result.events).toMatchObject([
      { id: 'kabul', lat: 34.53, lon: 69.17, props: { place: { gazetteer: 'Kabul, AF' } } },
    ]);
    expect(result.report.corrected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem:
          'latitude 69.1, longitude 134.5 is in Russia, not in Afghanistan (the place name “Kabul, Afghanistan”)',
        fix: 'Placed at Kabul, AF by its place name instead; correct the coordinates to place it exactly',
      },
    ]);
    expect(result.report.unlocated).toEqual([]);
  });

  it('places a row whose latitude is off the globe by its name, not in Yakutia', () => {
    const result = locateByPlaceName(
      checked('kabul,Blast,2024-03-22,"Kabul, Afghanistan",,134.5,69.1'),
      gazetteer,
    );
    expect(result.events).toMatchObject([{ id: 'kabul', lat: 34.53, lon: 69.17 }]);
    expect(result.report.corrected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem:
          'latitude 134.5, longitude 69.1 is off the globe, and read the other way round (latitude 69.1, longitude 134.5) it is in Russia, not in Afghanistan (the place name “Kabul, Afghanistan”)',
        fix: 'Placed at Kabul, AF by its place name instead; correct the coordinates to place it exactly',
      },
    ]);
  });

  it('reads a point off the globe the other way round when that puts it in the country its row names, and says so', () => {
    const result = checked('tokyo,Blast,2024-03-22,Tokyo,JP,139.69,35.68');
    expect(result.events).toMatchObject([{ id: 'tokyo', lat: 35.68, lon: 139.69 }]);
    expect(result.report.corrected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem:
          "latitude 139.69, longitude 35.68 is off the globe; read the other way round (latitude 35.68, longitude 139.69) it is in Japan, as the row says (the row's country)",
      },
    ]);
    expect(result.swapEvidence?.rows).toBe(1);
  });

  it('refuses a point off the globe that no country or name can settle, suggesting the swap', () => {
    const result = checked('nowhere,Blast,2024-03-22,,,139.69,35.68');
    expect(result.events).toEqual([]);
    expect(result.report.rejected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem: '139.69 is outside -90 to 90',
        fix: expect.stringMatching(/^Read the other way round/),
      },
    ]);
  });

  it('places or refuses a point off the globe when the outlines cannot be had, never guessing the swap', () => {
    const result = uncheckedBecause(
      read('tokyo,Blast,2024-03-22,Tokyo,JP,139.69,35.68', 'x,Raid,2024-03-23,,JP,139.69,35.68'),
      'offline',
    );
    expect(result.events).toEqual([]);
    expect(result.pending.map((p) => p.id)).toEqual(['tokyo']);
    expect(result.report.unlocated[0]?.setAside?.problem).toMatch(
      /off the globe, and without the country outlines/,
    );
    expect(result.report.rejected).toMatchObject([
      { row: 3, problem: expect.stringMatching(/off the globe/) },
    ]);
  });

  it('refuses it when the gazetteer cannot be had, with both reasons', () => {
    const before = checked(
      'kabul,Blast,2024-03-22,"Kabul, Afghanistan",,69.1,134.5',
      'q,Raid,2024-05,Quetta,PK,,',
    );
    const result = notLookedUp(
      before,
      (place) => `“${place}” could not be looked up: the gazetteer did not load`,
      'Load the file again',
    );
    expect(result.report.unlocated).toMatchObject([{ place: 'Quetta', index: 0 }]);
    expect(result.pending.map((p) => p.id)).toEqual(['q']);
    expect(result.report.rejected).toMatchObject([
      {
        row: 2,
        problem:
          'latitude 69.1, longitude 134.5 is in Russia, not in Afghanistan (the place name “Kabul, Afghanistan”); and “Kabul, Afghanistan” could not be looked up: the gazetteer did not load',
        fix: 'Correct the coordinates or the country. Load the file again',
      },
    ]);
  });

  it('refuses it when its name does not place it either, with both reasons', () => {
    const result = locateByPlaceName(
      checked('x,Blast,2024-03-22,"Nowhere, Afghanistan",,69.1,134.5'),
      gazetteer,
    );
    expect(result.events).toEqual([]);
    expect(result.report.unlocated).toEqual([]);
    expect(result.report.rejected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem:
          'latitude 69.1, longitude 134.5 is in Russia, not in Afghanistan (the place name “Nowhere, Afghanistan”); and “Nowhere, Afghanistan” is not in the gazetteer',
      },
    ]);
    expect(result.report.total).toBe(result.report.loaded + 1);
  });
});

describe('checkCountries, for any points', () => {
  const COUNTRIES = ['AF', 'PK', 'RU', 'FR', 'US', 'FJ', 'BR', 'ID'];
  const point = fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -85, max: 85, noNaN: true }),
  );
  /** Points that are in their country: the countries' inner points, moved a little. */
  const inCountry = fc
    .tuple(fc.constantFrom(...COUNTRIES), fc.double({ min: -0.2, max: 0.2, noNaN: true }))
    .map(([code, d]) => {
      const [lon, lat] = shapes.interior(code)!;
      return { code, lon: lon + d, lat: lat + d };
    });

  function csvOf(rows: ReadonlyArray<{ code: string; lon: number; lat: number }>): ImportResult {
    return read(...rows.map((r, i) => `r${i},T,2024-01-01,,${r.code},${r.lat},${r.lon}`));
  }

  /** Every row is in its country (within the tolerance), or has a note, or is not loaded and says why. */
  function expectInCountryOrReported(rows: ReadonlyArray<{ code: string }>, result: ImportResult) {
    const noted = new Set([...result.report.corrected, ...result.report.rejected].map((i) => i.id));
    rows.forEach((row, i) => {
      const event = result.events.find((e) => e.id === `r${i}`);
      if (!event) {
        expect(noted.has(`r${i}`) || result.report.rejected.some((r) => r.row === i + 2)).toBe(true);
        return;
      }
      if (!shapes.locate(event.lon, event.lat).near.includes(row.code)) expect(noted.has(`r${i}`)).toBe(true);
    });
  }

  it('loads a row inside its stated country, or reports it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom(...COUNTRIES),
            lon: point.map((p) => p[0]),
            lat: point.map((p) => p[1]),
          }),
          {
            maxLength: 20,
          },
        ),
        (rows) => expectInCountryOrReported(rows, checkCountries(csvOf(rows), shapes)),
      ),
      { numRuns: 60 },
    );
  });

  it('never loads a row with swapped coordinates outside its country silently', () => {
    fc.assert(
      fc.property(fc.array(inCountry, { minLength: 1, maxLength: 10 }), (rows) => {
        const swapped = rows.map((r) => ({ code: r.code, lon: r.lat, lat: r.lon }));
        const result = checkCountries(csvOf(swapped), shapes);
        expectInCountryOrReported(swapped, result);
        // Each of them is in its country the other way round, so each comes back there.
        for (const e of result.events) expect(shapes.locate(e.lon, e.lat).inside).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
