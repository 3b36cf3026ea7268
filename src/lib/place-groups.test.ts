import { describe, expect, it } from 'vitest';
import { boxOf, namedIn, namesTogether, placeGroups, type GroupWords } from './place-groups';

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

describe('namedIn', () => {
  /** Russian, as a page would word it: the data's translated labels, the browser's country names. */
  const russian: GroupWords = {
    label: (e) => ({ Doha: 'Доха', Moscow: 'Москва' })[e.props.place.label] ?? e.props.place.label,
    country: (english, code) => ({ RU: 'Россия', AF: 'Афганистан', PK: 'Пакистан' })[code] ?? english,
    together: (a, b) => `${a} и ${b}`,
    more: (name, n) => `${name} и ещё ${n}`,
    list: (names) => names.join(' / '),
  };
  const events = [
    event('Moscow, Russia', 'Moscow', ['RU']),
    event('Concert hall outside Moscow, Russia', 'Outside Moscow', ['RU']),
    event('Kabul, Afghanistan', 'Kabul', ['AF']),
    event('Herat, Afghanistan', 'Herat', ['AF']),
    event('Quetta, Pakistan', 'Quetta', ['PK']),
    event('Doha, Qatar', 'Doha', ['QA']),
  ];

  it('names a group again in another language: a country by its code, one place by its translated label', () => {
    const groups = placeGroups(events);
    expect(groups.map((g) => g.name)).toEqual(['Afghanistan', 'Russia', 'Doha', 'Quetta']);
    expect(groups.map((g) => namedIn(g, russian).name)).toEqual(['Афганистан', 'Россия', 'Доха', 'Quetta']);
  });

  it('names several groups together as the language joins them, and keeps English where it has no word', () => {
    const groups = placeGroups(events);
    const home = {
      ...namesTogether(groups),
      count: 6,
      box: groups[0]!.box,
      parts: groups.flatMap((g) => g.parts),
    };
    expect(home.name).toBe('Afghanistan & Russia +2');
    expect(home.places).toBe('Afghanistan, Russia, Doha and Quetta');
    expect(namedIn(home, russian)).toEqual({
      name: 'Афганистан и Россия и ещё 2',
      places: 'Афганистан / Россия / Доха / Quetta',
    });
    // A place with no translation and no country code keeps the data's words.
    const lone = placeGroups([event('Somewhere', 'Somewhere', [])]);
    expect(namedIn(lone[0]!, russian).name).toBe('Somewhere');
  });
});
