import { describe, expect, it } from 'vitest';
import {
  CSV_TEMPLATE_HEADERS,
  FIELDS,
  FIELD_SYNONYMS,
  applyMapping,
  matchColumns,
  normalizeHeader,
} from './columns';

describe('normalizeHeader', () => {
  it('ignores case, spaces, underscores, accents and a bracketed unit', () => {
    expect(normalizeHeader('Event Date')).toBe('eventdate');
    expect(normalizeHeader('event_date')).toBe('eventdate');
    expect(normalizeHeader(' LATITUDE ')).toBe('latitude');
    expect(normalizeHeader('Lieu é')).toBe('lieue');
    expect(normalizeHeader('Date (YYYY-MM-DD)')).toBe('date');
    expect(normalizeHeader('(x)')).toBe('x');
  });
});

describe('matchColumns', () => {
  it('matches our own names', () => {
    const { columns, unmatched, missing } = matchColumns(['title', 'date', 'lat', 'lon', 'notes']);
    expect(columns).toMatchObject({
      title: 'title',
      date: 'date',
      latitude: 'lat',
      longitude: 'lon',
      summary: 'notes',
    });
    expect(unmatched).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('keeps the file spelling of each column', () => {
    const { columns } = matchColumns(['Headline', 'Event Date', 'Lng', 'Y', 'Country Code', 'Source URL']);
    expect(columns).toMatchObject({
      title: 'Headline',
      date: 'Event Date',
      longitude: 'Lng',
      latitude: 'Y',
      country: 'Country Code',
      url: 'Source URL',
    });
  });

  it('matches GTD exports', () => {
    const headers = [
      'eventid',
      'iyear',
      'imonth',
      'iday',
      'country',
      'country_txt',
      'provstate',
      'city',
      'latitude',
      'longitude',
      'location',
      'summary',
      'attacktype1',
      'attacktype1_txt',
      'gname',
      'nkill',
      'nwound',
    ];
    const { columns, unmatched, missing } = matchColumns(headers);
    expect(columns).toMatchObject({
      id: 'eventid',
      year: 'iyear',
      month: 'imonth',
      day: 'iday',
      country: 'country_txt',
      place: 'city',
      latitude: 'latitude',
      longitude: 'longitude',
      summary: 'summary',
      category: 'attacktype1_txt',
      actor: 'gname',
      killed: 'nkill',
      wounded: 'nwound',
    });
    expect(unmatched).toEqual(['country', 'provstate', 'location', 'attacktype1']);
    // No title column, but a type column: events are titled by type and place.
    expect(missing).toEqual([]);
    expect(matchColumns(['name', 'date', 'place']).missing).toEqual([]);
    expect(matchColumns(['date', 'place']).missing).toEqual(['title']);
  });

  it('uses each column once, preferring the earlier synonym', () => {
    const { columns } = matchColumns(['location', 'city', 'name', 'title']);
    expect(columns.place).toBe('city');
    expect(columns.title).toBe('title');
  });

  it('says what cannot be matched', () => {
    expect(matchColumns(['foo', 'bar']).missing).toEqual(['title', 'date', 'location']);
    expect(matchColumns(['foo', 'bar']).unmatched).toEqual(['foo', 'bar']);
  });

  it('is satisfied by a start or a year for the date, and a place for the location', () => {
    expect(matchColumns(['title', 'start_date', 'place']).missing).toEqual([]);
    expect(matchColumns(['title', 'year', 'town']).missing).toEqual([]);
  });

  it('wants both coordinates when there is no place', () => {
    expect(matchColumns(['title', 'date', 'lat']).missing).toEqual(['location']);
  });

  it('matches every template column to a field of its own', () => {
    const { columns, unmatched, missing } = matchColumns([...CSV_TEMPLATE_HEADERS]);
    expect(unmatched).toEqual([]);
    expect(missing).toEqual([]);
    expect(new Set(Object.values(columns).filter(Boolean)).size).toBe(CSV_TEMPLATE_HEADERS.length);
  });

  it('has no synonym under two fields', () => {
    const all = FIELDS.flatMap((f) => [...new Set(FIELD_SYNONYMS[f].map(normalizeHeader))]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('applyMapping', () => {
  const headers = ['Name', 'When', 'Where', 'Notes'];
  const auto = matchColumns(headers);

  it('lays the reader choice over the automatic match', () => {
    const match = applyMapping(headers, auto, { place: 'Where', summary: null });
    expect(match.columns).toMatchObject({ title: 'Name', date: 'When', place: 'Where', summary: null });
    expect(match.unmatched).toEqual(['Notes']);
    expect(match.missing).toEqual([]);
  });

  it('moves a column from the field that had it', () => {
    const match = applyMapping(headers, auto, { summary: 'Name' });
    expect(match.columns.summary).toBe('Name');
    expect(match.columns.title).toBeNull();
    expect(match.missing).toContain('title');
  });

  it('ignores columns the file does not have', () => {
    expect(applyMapping(headers, auto, { title: 'Nope' }).columns.title).toBe('Name');
  });
});

describe('matchColumns on the files people have', () => {
  it('matches an ACLED export, actors and precision codes included', () => {
    const headers = [
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
      'event_type',
      'actor1',
      'assoc_actor_1',
      'actor2',
      'country',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'source',
      'notes',
      'fatalities',
    ];
    const { columns, unmatched, missing } = matchColumns(headers);
    expect(columns).toMatchObject({
      id: 'event_id_cnty',
      date: 'event_date',
      datePrecision: 'time_precision',
      category: 'event_type',
      actor: 'actor1',
      actor2: 'actor2',
      country: 'country',
      place: 'location',
      placePrecision: 'geo_precision',
      summary: 'notes',
      killed: 'fatalities',
    });
    expect(unmatched).toEqual(['assoc_actor_1', 'admin1']);
    expect(missing).toEqual([]);
  });

  it('matches French, Spanish and German names', () => {
    const { columns } = matchColumns([
      'Titre',
      'Fecha',
      'Pays',
      'Morts',
      'Blessés',
      'Lieu',
      'Breitengrad',
      'Längengrad',
    ]);
    expect(columns).toMatchObject({
      title: 'Titre',
      date: 'Fecha',
      country: 'Pays',
      killed: 'Morts',
      wounded: 'Blessés',
      place: 'Lieu',
      latitude: 'Breitengrad',
      longitude: 'Längengrad',
    });
  });

  it('reads a USGS feed: its time is the date', () => {
    const { columns, missing } = matchColumns(['mag', 'place', 'time', 'updated', 'url', 'title', 'type']);
    expect(columns).toMatchObject({
      date: 'time',
      place: 'place',
      title: 'title',
      category: 'type',
      url: 'url',
    });
    expect(missing).toEqual([]);
  });

  it('gives actors from a claimed-by column their role', () => {
    expect(matchColumns(['Claimed By']).columns.actorClaimed).toBe('Claimed By');
  });

  it('lists the columns in the file order', () => {
    expect(matchColumns(['b', 'title', 'a']).headers).toEqual(['b', 'title', 'a']);
  });
});
