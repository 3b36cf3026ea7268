import { describe, expect, it } from 'vitest';
import { boxOf, namesTogether, placeGroups } from './place-groups';

const event = (name: string, label: string, countries: string[], lat = 0, lon = 0) => ({
  lat,
  lon,
  props: { place: { name, label, countries } },
});

describe('placeGroups', () => {
  it('groups by country, largest first, named by what the place names share', () => {
    const groups = placeGroups([
      event('Doha, Qatar', 'Doha', ['QA']),
      event('Moscow, Russia', 'Moscow', ['RU']),
      event('Russia', 'Russia', ['RU']),
      event('Concert hall outside Moscow, Russia', 'Outside Moscow', ['RU']),
      event('United Nations headquarters, New York, United States', 'UN, New York', ['US']),
      event('US Capitol, Washington, DC, United States', 'US Capitol', ['US']),
    ]);
    expect(groups.map((g) => `${g.name} ${g.count}`)).toEqual(['Russia 3', 'United States 2', 'Doha 1']);
  });

  it('names a group of places with nothing in common by its most frequent label', () => {
    const groups = placeGroups([
      event('Quay', 'Harbour', ['NO']),
      event('Dock', 'Harbour', ['NO']),
      event('Fjord', 'Fjord', ['NO']),
    ]);
    expect(groups[0]!.name).toBe('Harbour');
  });

  it('names two events at one place by their label', () => {
    expect(
      placeGroups([event('Moscow, Russia', 'Moscow', ['RU']), event('Moscow, Russia', 'Moscow', ['RU'])])[0]!
        .name,
    ).toBe('Moscow');
  });
});

describe('boxOf', () => {
  it('is the plain box around places on one side of the world', () => {
    expect(
      boxOf([
        { lat: 1, lon: 10 },
        { lat: 5, lon: 40 },
      ]),
    ).toEqual({ south: 1, north: 5, west: 10, east: 40 });
  });

  it('crosses the antimeridian when that box is smaller', () => {
    const box = boxOf([
      { lat: 0, lon: 179 },
      { lat: 1, lon: -179 },
    ]);
    expect(box.west).toBe(179);
    expect(box.east).toBe(181);
  });
});

describe('namesTogether', () => {
  const groups = (...names: string[]) =>
    names.map((name) => ({ name, count: 1, box: { south: 0, north: 0, west: 0, east: 0 } }));

  it('names one or two groups in full', () => {
    expect(namesTogether(groups('Russia'))).toEqual({ name: 'Russia' });
    expect(namesTogether(groups('Afghanistan', 'Pakistan'))).toEqual({ name: 'Afghanistan & Pakistan' });
  });

  it('names the two largest and counts the rest, listing every place apart', () => {
    expect(namesTogether(groups('Afghanistan', 'Pakistan', 'Qatar'))).toEqual({
      name: 'Afghanistan & Pakistan +1',
      places: 'Afghanistan, Pakistan and Qatar',
    });
    expect(namesTogether(groups('A', 'B', 'C', 'D')).name).toBe('A & B +2');
  });
});
