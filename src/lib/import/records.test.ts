import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../dates';
import { CSV_TEMPLATE_HEADERS, matchColumns } from './columns';
import { dayMonthForm, orderOf } from './flexible-date';
import { locateEvent } from './locate';
import { recordsToEvents } from './records';
import type { ImportReport } from './types';

const HEADERS = [...CSV_TEMPLATE_HEADERS];
const MATCH = matchColumns(HEADERS);

function row(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    title: 'Bomb hits a police bus',
    date: '2025-04-15',
    latitude: '29.8',
    longitude: '66.84',
    ...fields,
  };
}

function readRows(rows: Array<Record<string, unknown>>) {
  return recordsToEvents(rows, MATCH, { kind: 'row' });
}

function issuesOf(report: ImportReport, kind: 'rejected' | 'corrected') {
  return report[kind].map(({ row, field, problem }) => ({ row, field, problem }));
}

/** Rows with at least one rejection. */
function rejectedRows(report: ImportReport): number {
  return new Set(report.rejected.map((i) => i.row ?? i.feature)).size;
}

describe('recordsToEvents', () => {
  it('reads a full row into an event', () => {
    const { events, report } = readRows([
      row({
        id: 'Mastung 2025',
        summary: 'A bomb on a parked motorcycle hit a bus carrying police.',
        place: 'Mastung, Pakistan',
        country: 'Pakistan',
        category: 'Bombing/Explosion',
        actor: 'IS-K; Baloch Liberation Army',
        killed: '3',
        wounded: 'more than a dozen',
        source: 'Arab News',
        source_headline: 'Blast kills three',
        source_date: '16 April 2025',
        source_url: 'https://www.arabnews.com/node/1',
        quote: 'A blast killed three policemen.',
      }),
    ]);
    expect(report).toMatchObject({
      total: 1,
      loaded: 1,
      rejected: [],
      corrected: [],
      unlocated: [],
      located: [],
    });
    expect(events).toEqual([
      {
        id: 'mastung-2025',
        lon: 66.84,
        lat: 29.8,
        start: dayFromParts(2025, 4, 15),
        end: dayFromParts(2025, 4, 15),
        props: {
          title: 'Bomb hits a police bus',
          summary: 'A bomb on a parked motorcycle hit a bus carrying police.',
          category: 'attack',
          date: { precision: 'day', value: '2025-04-15' },
          place: { name: 'Mastung, Pakistan', label: 'Mastung', precision: 'as-given', countries: ['PK'] },
          actors: [
            { name: 'IS-K', role: 'party' },
            { name: 'Baloch Liberation Army', role: 'party' },
          ],
          casualties: {
            killed: { value: 3, text: '3', approximate: false },
            wounded: { value: 12, text: 'more than a dozen', approximate: true },
          },
          sources: [
            {
              outlet: 'Arab News',
              headline: 'Blast kills three',
              published: '2025-04-16',
              quote: 'A blast killed three policemen.',
              url: 'https://www.arabnews.com/node/1',
            },
          ],
        },
      },
    ]);
  });

  it('fills what a bare row lacks', () => {
    const { events } = readRows([{ title: 'T', date: '2024', latitude: 1, longitude: 2 }]);
    expect(events[0]!.props).toEqual({
      title: 'T',
      summary: '',
      category: 'other',
      date: { precision: 'year', value: '2024' },
      place: { name: '', label: '', precision: 'as-given', countries: [] },
      actors: [],
      sources: [],
    });
    expect(events[0]!.start).toBe(dayFromParts(2024, 1, 1));
    expect(events[0]!.end).toBe(dayFromParts(2024, 12, 31));
  });

  it('names rows as a spreadsheet does: header row 1, first data row 2', () => {
    const { report } = readRows([row({}), row({ title: '' }), row({}), row({ date: '03/04/2024' })]);
    expect(issuesOf(report, 'rejected')).toEqual([
      { row: 3, field: 'title', problem: 'is empty' },
      {
        row: 5,
        field: 'date',
        problem:
          '"03/04/2024" could be 3 April 2024 (day first) or 4 March 2024 (month first), and no date in the column tells which',
      },
    ]);
    expect(report.rejected[0]).toEqual({
      row: 3,
      feature: null,
      id: null,
      field: 'title',
      column: 'title',
      problem: 'is empty',
      fix: 'Give each event a title',
    });
    expect(report.loaded).toBe(2);
  });

  it('starts at another row number when asked', () => {
    const { report } = recordsToEvents([row({ title: '' })], MATCH, { kind: 'row', firstRowNumber: 10 });
    expect(report.rejected[0]!.row).toBe(10);
  });

  it('names GeoJSON features by index', () => {
    const { report, events } = recordsToEvents([row({}), row({ title: '' })], MATCH, { kind: 'feature' });
    expect(events[0]!.id).toBe('feature-0');
    expect(report.rejected[0]).toMatchObject({ row: null, feature: 1, field: 'title' });
  });

  it('lists every reason a row is rejected', () => {
    const { report } = readRows([{ summary: 'only this' }]);
    expect(issuesOf(report, 'rejected')).toEqual([
      { row: 2, field: 'title', problem: 'is empty' },
      { row: 2, field: 'date', problem: 'is empty' },
      { row: 2, field: 'location', problem: 'has no coordinates and no place name' },
    ]);
  });

  it('refuses bad coordinates, and never swaps them itself', () => {
    const { report, events } = readRows([
      row({ latitude: '95', longitude: '200' }),
      row({ latitude: 'north', longitude: '1' }),
      row({ latitude: '', longitude: '1' }),
      row({ latitude: '66.84', longitude: '29.8' }),
      row({ latitude: '120.5', longitude: '30' }),
    ]);
    expect(issuesOf(report, 'rejected')).toEqual([
      { row: 2, field: 'latitude', problem: '95 is outside -90 to 90' },
      { row: 3, field: 'latitude', problem: '"north" has no number of degrees in it' },
      { row: 4, field: 'latitude', problem: 'is empty but longitude is given' },
      { row: 6, field: 'latitude', problem: '120.5 is outside -90 to 90' },
    ]);
    expect(report.rejected[3]!.fix).toBe(
      'Read the other way round (latitude 30, longitude 120.5) it would make sense: if latitude and longitude are exchanged, swap them in the file',
    );
    expect(report.rejected[1]!.fix).toMatch(
      /^Write decimal degrees such as 34.5553, or degrees, minutes and seconds/,
    );
    // In range both ways: only the country check can tell (check-countries.ts).
    expect(events.map((e) => [e.lon, e.lat])).toEqual([[29.8, 66.84]]);
    expect(report.corrected).toEqual([]);
  });

  it('sets a point off the globe aside when the row has a place name, to be placed by it', () => {
    const { events, pending, report } = readRows([
      row({ latitude: '134.5', longitude: '69.1', place: 'Kabul' }),
    ]);
    expect(events).toEqual([]);
    expect(pending.map((p) => p.props.place.name)).toEqual(['Kabul']);
    expect(report.rejected).toEqual([]);
    expect(report.unlocated).toMatchObject([
      {
        row: 2,
        place: 'Kabul',
        setAside: {
          row: 2,
          field: 'latitude',
          problem: '134.5 is outside -90 to 90',
          fix: 'Placed by its place name instead',
        },
      },
    ]);
  });

  it('counts the rows that only make sense swapped, for the mapping step to ask about', () => {
    const { swapEvidence } = readRows([
      row({ latitude: '120.5', longitude: '30' }),
      row({ latitude: '134.5', longitude: '69.1' }),
      row({ latitude: '34.5', longitude: '69.1' }),
      row({ latitude: '', longitude: '', place: 'Kabul' }),
    ]);
    expect(swapEvidence).toEqual({
      rows: 2,
      of: 3,
      example: 'Row 2: latitude 120.5, longitude 30, off the globe',
    });
  });

  it('reads every row the other way round when the reader says the columns are exchanged, with one note', () => {
    const { events, report } = recordsToEvents(
      [row({ latitude: '69.1', longitude: '34.5' }), row({ latitude: '69.1 E', longitude: '34.5 N' })],
      MATCH,
      { kind: 'row', context: { swapCoordinates: true } },
    );
    expect(events.map((e) => [e.lat, e.lon])).toEqual([
      [34.5, 69.1],
      [34.5, 69.1],
    ]);
    expect(report.corrected[0]).toMatchObject({
      row: 1,
      field: 'latitude',
      problem: 'latitude and longitude are exchanged in this file, as you told us',
    });
  });

  it('reads coordinates whose letters say they are in each other’s column, with a note', () => {
    const { events, report } = readRows([row({ latitude: '69°12′E', longitude: '34°33′N' })]);
    expect(events.map((e) => [e.lat, e.lon])).toEqual([[34.55, 69.2]]);
    expect(report.corrected).toMatchObject([
      {
        row: 2,
        field: 'latitude',
        problem: 'the latitude column holds "69°12′E" and the longitude column "34°33′N"',
        fix: 'Read by their letters: latitude 34.55, longitude 69.2. Put latitudes (N, S) and longitudes (E, W) in their own columns',
      },
    ]);
    const both = readRows([row({ latitude: '69.2 E', longitude: '70 E' })]).report.rejected;
    expect(both).toMatchObject([{ field: 'latitude', problem: '"69.2 E" is a longitude (E), as is "70 E"' }]);
  });

  it('reads a point in one column', () => {
    const match = matchColumns(['title', 'date', 'coordinates']);
    const { events, report } = recordsToEvents(
      [
        { title: 'A', date: '2024', coordinates: '34.5553, 69.2075' },
        { title: 'B', date: '2024', coordinates: 'POINT(69.2075 34.5553)' },
        { title: 'C', date: '2024', coordinates: 'somewhere' },
      ],
      match,
      { kind: 'row' },
    );
    expect(events.map((e) => [e.lat, e.lon, e.props.place.precision])).toEqual([
      [34.5553, 69.2075, 'as-given'],
      [34.5553, 69.2075, 'as-given'],
    ]);
    expect(report.rejected).toMatchObject([
      {
        row: 4,
        field: 'coordinates',
        column: 'coordinates',
        problem: '"somewhere" is not a point: found no latitude and longitude in it',
        fix: expect.stringMatching(/^Write latitude and longitude such as "34.5553, 69.2075"/),
      },
    ]);
  });

  it('reads a WKT line or area in the one column as a GeoJSON geometry is read', () => {
    const match = matchColumns(['title', 'date', 'wkt']);
    const { events, report } = recordsToEvents(
      [{ title: 'A', date: '2024', wkt: 'LINESTRING (69.2 34.5, 69.2 34.6)' }],
      match,
      { kind: 'row' },
    );
    expect(events[0]!.lon).toBeCloseTo(69.2, 9);
    expect(events[0]!.lat).toBeCloseTo(34.55, 6);
    expect(events[0]!.props.place.precision).toBe('city');
    expect(report.corrected).toMatchObject([
      {
        row: 2,
        field: 'coordinates',
        column: 'wkt',
        problem:
          'geometry is a LineString 11 km long, 11 km across; the point halfway along it is used; precision: city',
      },
    ]);
  });

  it('takes 0, 0 as no coordinates: the place name is looked up, or the row is refused', () => {
    const { events, pending, report } = readRows([
      row({ latitude: '0', longitude: '0', place: 'Kabul' }),
      row({ latitude: '0.0', longitude: '-0' }),
    ]);
    expect(events).toEqual([]);
    expect(pending.map((p) => p.props.place.name)).toEqual(['Kabul']);
    const problem =
      'latitude 0, longitude 0 is in the sea off West Africa, where files put events they have no coordinates for';
    expect(report.corrected).toMatchObject([{ row: 2, field: 'latitude', problem }]);
    expect(report.corrected[0]!.fix).toMatch(/^Taken as no coordinates: the place name is looked up instead/);
    expect(report.rejected).toMatchObject([
      {
        row: 3,
        field: 'latitude',
        problem,
        fix: 'Give the real coordinates, or a place name we can look up',
      },
    ]);
  });

  it('remembers where each point came from, for the country check', () => {
    const { points } = readRows([
      row({ id: 'a' }),
      row({ id: 'b', latitude: '', longitude: '', place: 'X' }),
    ]);
    expect([...points!]).toEqual([['a', { row: 2, feature: null, field: 'latitude', column: 'latitude' }]]);
  });

  it('takes coordinates from the geometry over the columns', () => {
    const { events } = recordsToEvents([row({ latitude: '', longitude: '' })], MATCH, {
      kind: 'feature',
      geometry: () => [69.2, 34.5],
    });
    expect(events[0]).toMatchObject({ lon: 69.2, lat: 34.5 });
  });

  describe('rows with a place but no coordinates', () => {
    const { events, pending, report } = readRows([
      row({}),
      row({ latitude: '', longitude: '', place: 'Kabul, Afghanistan', id: 'kabul' }),
      row({ latitude: '', longitude: '', place: 'Peshawar' }),
    ]);

    it('are kept back, not rejected, waiting for coordinates', () => {
      expect(events).toHaveLength(1);
      expect(report.rejected).toEqual([]);
      expect(report.loaded).toBe(1);
      expect(report.unlocated).toEqual([
        { row: 3, feature: null, place: 'Kabul, Afghanistan', index: 0 },
        { row: 4, feature: null, place: 'Peshawar', index: 1 },
      ]);
      expect(pending.map((p) => p.id)).toEqual(['kabul', 'row-4']);
    });

    it('become events once located, with a city-precise place', () => {
      const located = locateEvent(pending[0]!, 69.17, 34.53, 'Placed at the centre of Kabul.');
      expect(located).toMatchObject({
        id: 'kabul',
        lon: 69.17,
        lat: 34.53,
        start: events[0]!.start,
        props: {
          title: 'Bomb hits a police bus',
          place: {
            name: 'Kabul, Afghanistan',
            label: 'Kabul',
            precision: 'city',
            note: 'Placed at the centre of Kabul.',
          },
        },
      });
      expect(locateEvent(pending[1]!, 71.5, 34)!.props.place).not.toHaveProperty('note');
      expect(locateEvent(pending[1]!, 200, 34)).toBeNull();
      expect(locateEvent(pending[1]!, NaN, 34)).toBeNull();
    });
  });

  it('reads dates at every precision, from a date, a start or year/month/day columns', () => {
    const match = matchColumns(['title', 'lat', 'lon', 'date', 'start', 'end', 'year', 'month', 'day']);
    const base = { title: 'T', lat: '1', lon: '1' };
    const { events, report } = recordsToEvents(
      [
        { ...base, date: '2024' },
        { ...base, date: 'March 2024' },
        { ...base, date: '2024-03-22T23:30:00-05:00' },
        { ...base, date: '2020-01', end: '2020-09-30' },
        { ...base, start: '2021-12', end: '2022' },
        { ...base, start: '2021-12' },
        { ...base, year: '1994', month: '0', day: '0' },
        { ...base, year: '1994', month: '7', day: '0' },
        { ...base, year: '1994', month: '7', day: '13' },
        { ...base, year: '1994', end: '1995' },
        { ...base, end: '1995' },
        { ...base, date: 1711065600000 },
      ],
      match,
      { kind: 'row' },
    );
    expect(report.rejected).toEqual([]);
    expect(events.map((e) => e.props.date)).toEqual([
      { precision: 'year', value: '2024' },
      { precision: 'month', value: '2024-03' },
      { precision: 'day', value: '2024-03-22' },
      { precision: 'span', start: '2020-01', end: '2020-09-30' },
      { precision: 'span', start: '2021-12', end: '2022' },
      { precision: 'month', value: '2021-12' },
      { precision: 'year', value: '1994' },
      { precision: 'month', value: '1994-07' },
      { precision: 'day', value: '1994-07-13' },
      { precision: 'span', start: '1994', end: '1995' },
      { precision: 'year', value: '1995' },
      { precision: 'day', value: '2024-03-22' },
    ]);
  });

  it('rejects a period that ends before it starts', () => {
    const { report } = readRows([row({ date: '2024-05', end_date: '2024-01' })]);
    expect(report.rejected[0]).toMatchObject({
      field: 'date',
      problem: 'starts (2024-05) after it ends (2024-01)',
    });
  });

  it('makes unknown categories Other and says so; empty ones silently', () => {
    const { events, report } = readRows([row({ category: 'protest' }), row({ category: '' })]);
    expect(events.map((e) => e.props.category)).toEqual(['other', 'other']);
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 2, field: 'category', problem: 'category "protest" is not one of ours; shown as Other' },
    ]);
  });

  it('leaves out figures it cannot read, and says so', () => {
    const { events, report } = readRows([
      row({ killed: '1,818', wounded: 'lots' }),
      row({ killed: 'about 50' }),
      row({ killed: 'unknown' }),
    ]);
    expect(events.map((e) => e.props.casualties)).toEqual([
      { killed: { value: 1818, text: '1,818', approximate: false } },
      { killed: { value: 50, text: 'about 50', approximate: true } },
      undefined,
    ]);
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 2, field: 'wounded', problem: '"lots" is not a number of people; left out' },
    ]);
  });

  it('reads countries as codes, leaving out the unknown with a note', () => {
    const { events, report } = readRows([
      row({ country: 'af' }),
      row({ country: 'Afghanistan; Pakistan' }),
      row({ country: 'Narnia' }),
    ]);
    expect(events.map((e) => e.props.place.countries)).toEqual([['AF'], ['AF', 'PK'], []]);
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 4, field: 'country', problem: 'country "Narnia" is not one we know; left out' },
    ]);
  });

  it('makes actors from a claimed-by column claimants', () => {
    const match = matchColumns(['title', 'date', 'lat', 'lon', 'Claimed by']);
    const { events } = recordsToEvents(
      [{ title: 'T', date: '2024', lat: '1', lon: '1', 'Claimed by': 'IS-K; IS-K ; ' }],
      match,
      { kind: 'row' },
    );
    expect(events[0]!.props.actors).toEqual([{ name: 'IS-K', role: 'claimed' }]);
  });

  it('keeps only web links', () => {
    const { events, report } = readRows([
      row({ source_url: 'javascript:alert(1)', source: 'X' }),
      row({ source_url: 'www.bbc.co.uk/news/1' }),
      row({ source_url: 'ftp://example.com/a' }),
    ]);
    expect(events.map((e) => e.props.sources)).toEqual([
      [{ outlet: 'X', headline: '', published: '', quote: '' }],
      [{ outlet: 'bbc.co.uk', headline: '', published: '', quote: '', url: 'https://www.bbc.co.uk/news/1' }],
      [{ outlet: '', headline: '', published: '', quote: '' }],
    ]);
    expect(issuesOf(report, 'corrected').map((i) => [i.row, i.field])).toEqual([
      [2, 'url'],
      [3, 'url'],
      [4, 'url'],
    ]);
    expect(report.corrected[0]!.problem).toBe(
      '"javascript:alert(1)" is not a web address starting with http:// or https://; left out',
    );
  });

  it('keeps a source date as precise as it is given, leaving out one it cannot read', () => {
    const { events, report } = readRows([
      row({ source: 'A', source_date: 'May 2024' }),
      row({ source: 'B', source_date: 'x' }),
    ]);
    expect(events.map((e) => e.props.sources[0]!.published)).toEqual(['2024-05', '']);
    expect(report.corrected.map((i) => i.field)).toEqual(['published']);
  });

  it('makes ids unique, and says which were renamed', () => {
    const { events, report } = readRows([
      row({ id: 'A' }),
      row({ id: 'a' }),
      row({ id: 'a' }),
      row({}),
      row({ id: 'row-5' }),
    ]);
    expect(events.map((e) => e.id)).toEqual(['a', 'a-2', 'a-3', 'row-5', 'row-5-2']);
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 3, field: 'id', problem: 'repeats the id "a" of an earlier row' },
      { row: 4, field: 'id', problem: 'repeats the id "a" of an earlier row' },
      { row: 6, field: 'id', problem: 'repeats the id "row-5" of an earlier row' },
    ]);
    expect(report.corrected[0]).toMatchObject({
      id: 'a-2',
      fix: 'It was renamed "a-2"; give each row its own id',
    });
  });

  it('cleans and caps text, with a note', () => {
    const { events, report } = readRows([
      row({
        title: ` ${'t'.repeat(400)}\u0000 `,
        summary: 'line one\r\nline two\u0007',
        place: 'p'.repeat(600),
      }),
    ]);
    const props = events[0]!.props;
    expect(props.title).toHaveLength(300);
    expect(props.summary).toBe('line one\nline two');
    expect(props.place.name).toHaveLength(500);
    expect(props.place.label).toHaveLength(40);
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 2, field: 'title', problem: 'is longer than the 300 characters we keep' },
      { row: 2, field: 'place', problem: 'is longer than the 500 characters we keep' },
    ]);
  });

  it('keeps markup as plain text', () => {
    const { events } = readRows([row({ title: '<img src=x onerror=alert(1)>' })]);
    expect(events[0]!.props.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('ignores cells that hold objects, with a note', () => {
    const { events, report } = readRows([row({ summary: { text: 'x' } })]);
    expect(events[0]!.props.summary).toBe('');
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 2, field: 'summary', problem: 'is not text; ignored' },
    ]);
  });

  it('adds the notes of the file reader to the row', () => {
    const { report } = recordsToEvents([row({}), row({ title: '' })], MATCH, {
      kind: 'row',
      notes: () => [{ field: '', column: null, problem: 'p', fix: 'f' }],
    });
    expect(report.corrected.map((i) => [i.row, i.id])).toEqual([
      [2, 'row-2'],
      [3, null],
    ]);
  });

  it('names every cell with characters that could not be read: row, field, column and the value', () => {
    const { events, report } = readRows([
      row({ title: 'Attentat \uFFFD Bamako', place: 'Bamako' }),
      row({}),
      row({ title: '', summary: `${'x'.repeat(100)} at the \uFFFDcole` }),
    ]);
    expect(events.map((e) => e.props.title)).toEqual(['Attentat \uFFFD Bamako', 'Bomb hits a police bus']);
    const unreadable = report.corrected.filter((i) => i.problem.includes('could not be read'));
    expect(unreadable.map(({ row, field, column }) => ({ row, field, column }))).toEqual([
      { row: 2, field: 'title', column: 'title' },
      { row: 4, field: 'summary', column: 'summary' },
    ]);
    expect(unreadable[0]!.problem).toContain('"Attentat \uFFFD Bamako"');
    // A long value is quoted where the damage is.
    expect(unreadable[1]!.problem).toContain('at the \uFFFDcole"');
    expect(unreadable[0]!.fix).toMatch(/save the file as UTF-8 \(CSV UTF-8 in Excel\)/);
  });

  it('names a damaged cell in a column that is not read by its column alone', () => {
    const { report } = readRows([row({ other: 'caf\uFFFD' })]);
    expect(report.corrected).toMatchObject([{ row: 2, field: '', column: 'other' }]);
  });

  it('reads a record that is not an object as an empty row', () => {
    const { report } = recordsToEvents([null, 3, 'x'], MATCH, { kind: 'feature' });
    expect(report.rejected.filter((i) => i.field === 'title').map((i) => i.feature)).toEqual([0, 1, 2]);
  });
});

const validRow = fc
  .record({
    // Any text, made sure to hold a letter.
    title: fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}x${b}`),
    date: fc
      .date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    latitude: fc.double({ min: -90, max: 90, noNaN: true }).map(String),
    longitude: fc.double({ min: -180, max: 180, noNaN: true }).map(String),
    id: fc.option(fc.string(), { nil: undefined }),
    category: fc.option(fc.string(), { nil: undefined }),
    killed: fc.option(fc.string(), { nil: undefined }),
    country: fc.option(fc.string(), { nil: undefined }),
    source_url: fc.option(fc.string(), { nil: undefined }),
  })
  // 0, 0 is taken as "no coordinates" (see readLocation).
  .filter((r) => Number(r.latitude) !== 0 || Number(r.longitude) !== 0);

const anyRow = fc.dictionary(fc.constantFrom(...HEADERS, 'other'), fc.oneof(fc.string(), fc.jsonValue()));

describe('recordsToEvents, for any rows', () => {
  it('loads every valid row, whatever other rows are mixed in', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            validRow.map((r) => ({ valid: true, r })),
            anyRow.map((r) => ({ valid: false, r })),
          ),
          {
            maxLength: 30,
          },
        ),
        (rows) => {
          const { events, pending, report } = readRows(rows.map((x) => x.r));
          const valid = rows.filter((x) => x.valid).length;
          expect(report.loaded).toBe(events.length);
          expect(report.loaded).toBeGreaterThanOrEqual(valid);
          for (const [i, x] of rows.entries()) {
            if (x.valid) expect(report.rejected.some((issue) => issue.row === i + 2)).toBe(false);
          }
          expect(report.unlocated).toHaveLength(pending.length);
          expect(new Set([...events, ...pending].map((e) => e.id)).size).toBe(events.length + pending.length);
        },
      ),
    );
  });

  it('loads exactly the valid rows when the others lack a title', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            validRow,
            validRow.map((r) => ({ ...r, title: ' ' })),
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          const { report } = readRows(rows);
          expect(report.loaded).toBe(rows.filter((r) => r.title !== ' ').length);
        },
      ),
    );
  });

  it('accounts for every row: loaded + rejected + unlocated = total', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validRow, anyRow), { maxLength: 30 }), (rows) => {
        const { report } = readRows(rows);
        expect(report.total).toBe(rows.length);
        expect(report.loaded + rejectedRows(report) + report.unlocated.length).toBe(report.total);
      }),
    );
  });
});

describe('columns beyond our fields', () => {
  it("keeps every column no field reads as the event's other fields, in the file order", () => {
    const headers = ['title', 'date', 'lat', 'lon', 'admin1', 'morts', 'admin2', 'empty'];
    const match = matchColumns(headers);
    const { events, report } = recordsToEvents(
      [
        {
          title: 'A',
          date: '2024',
          lat: '1',
          lon: '2',
          admin1: 'Kabul',
          morts: '3',
          admin2: 'x\ny',
          empty: ' ',
        },
      ],
      match,
      { kind: 'row' },
    );
    // "morts" is read as the dead: only the three columns no field wants are kept.
    expect(events[0]!.props.otherFields).toEqual([
      { name: 'admin1', value: 'Kabul' },
      { name: 'admin2', value: 'x\ny' },
    ]);
    expect(events[0]!.props.casualties?.killed?.value).toBe(3);
    expect(report.columns).toEqual([
      { column: 'title', field: 'title' },
      { column: 'date', field: 'date' },
      { column: 'lat', field: 'latitude' },
      { column: 'lon', field: 'longitude' },
      { column: 'admin1', field: null },
      { column: 'morts', field: 'killed' },
      { column: 'admin2', field: null },
      { column: 'empty', field: null },
    ]);
  });

  it('keeps a value that is not text (a GeoJSON object) as JSON', () => {
    const match = matchColumns(['title', 'date', 'lat', 'lon', 'extra']);
    const { events } = recordsToEvents(
      [{ title: 'A', date: '2024', lat: 1, lon: 2, extra: { depth: 10, net: ['us'] } }],
      match,
      { kind: 'feature' },
    );
    expect(events[0]!.props.otherFields).toEqual([{ name: 'extra', value: '{"depth":10,"net":["us"]}' }]);
  });
});

describe('actor and precision columns', () => {
  const read = (headers: string[], values: Record<string, string>) =>
    recordsToEvents(
      [{ title: 'A', date: '2024-03-15', lat: '34.5', lon: '69.2', ...values }],
      matchColumns(['title', 'date', 'lat', 'lon', ...headers]),
      {
        kind: 'row',
      },
    );

  it('gives each actor column its role, and a bracketed role wins', () => {
    const { events } = read(['actor1', 'actor2', 'claimed_by', 'blamed_on'], {
      actor1: 'Police; Taliban (carried-out)',
      actor2: 'Civilians',
      claimed_by: 'IS-K',
      blamed_on: 'Unknown group',
    });
    expect(events[0]!.props.actors).toEqual([
      { name: 'IS-K', role: 'claimed' },
      { name: 'Unknown group', role: 'blamed' },
      { name: 'Police', role: 'party' },
      { name: 'Taliban', role: 'carried-out' },
      { name: 'Civilians', role: 'party' },
    ]);
  });

  it('shows a place and a date only as precisely as ACLED codes say', () => {
    const { events } = read(['geo_precision', 'time_precision'], { geo_precision: '3', time_precision: '3' });
    expect(events[0]!.props.place.precision).toBe('province');
    expect(events[0]!.props.date).toEqual({ precision: 'month', value: '2024-03' });
  });

  it('reports a precision it cannot read, and keeps the rest', () => {
    const { events, report } = read(['place_precision'], { place_precision: 'somewhere' });
    expect(events).toHaveLength(1);
    expect(issuesOf(report, 'corrected')).toEqual([
      {
        row: 2,
        field: 'placePrecision',
        problem: '"somewhere" is not a precision we know; the precision was not changed',
      },
    ]);
  });
});

describe('recordsToEvents: dates read by their column', () => {
  const dated = (...dates: string[]) => dates.map((date) => row({ date }));

  it('reads every date of a day-first column, and says once which order it read', () => {
    const { events, report } = readRows(dated('03/04/2024', '25/12/2024', '1/2/24'));
    expect(events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2024-04-03' },
      { precision: 'day', value: '2024-12-25' },
      { precision: 'day', value: '2024-02-01' },
    ]);
    expect(report.rejected).toEqual([]);
    expect(issuesOf(report, 'corrected')).toEqual([
      {
        row: 1,
        field: 'date',
        problem:
          'was read day first, as 1 date such as "25/12/2024" can only be read that way; "03/04/2024" is 3 April 2024',
      },
      {
        row: 1,
        field: 'date',
        problem:
          'has two-digit years such as "1/2/24": two-digit years 00-29 are read as 2000-2029 and 30-99 as 1930-1999',
      },
    ]);
  });

  it('refuses, row by row, the dates that contradict the rest of their column', () => {
    const { events, report } = readRows(dated('25/12/2024', '26/12/2024', '12/27/2024'));
    expect(events).toHaveLength(2);
    expect(report.rejected).toEqual([
      {
        row: 4,
        feature: null,
        id: null,
        field: 'date',
        column: 'date',
        problem:
          '"12/27/2024" can only be 27 December 2024 (month first), but the rest of the column is day first',
        fix: 'Check this date and write it as YYYY-MM-DD',
      },
    ]);
  });

  it('refuses every date that reads either way when nothing settles the column, and returns the question', () => {
    const { events, report, dateOrder } = readRows(dated('03/04/2024', '05/06/2024', '2024-01-01'));
    expect(events.map((e) => e.props.date)).toEqual([{ precision: 'day', value: '2024-01-01' }]);
    expect(report.rejected.map((i) => i.row)).toEqual([2, 3]);
    expect(report.rejected[0]!.fix).toMatch(/"Your data"/);
    expect(dateOrder).toEqual({ column: 'date', columns: ['date'], examples: ['03/04/2024', '05/06/2024'] });
  });

  it('reads them as the reader answered, with one note saying so', () => {
    const { events, report, dateOrder } = recordsToEvents(dated('03/04/2024', '05/06/2024'), MATCH, {
      kind: 'row',
      context: { dateOrder: 'month-first' },
    });
    expect(events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2024-03-04' },
      { precision: 'day', value: '2024-05-06' },
    ]);
    expect(dateOrder).toBeNull();
    expect(issuesOf(report, 'corrected')).toEqual([
      { row: 1, field: 'date', problem: 'was read month first, as you chose; "03/04/2024" is 4 March 2024' },
    ]);
  });

  it('puts the notes on the file before the notes on rows, the title first', () => {
    const match = matchColumns(HEADERS.filter((h) => h !== 'title'));
    const { report } = recordsToEvents(
      [
        { date: '03/04/2024', category: 'bombing', latitude: '1', longitude: '2', country: 'Atlantis' },
        { date: '25/12/2024', category: 'bombing', latitude: '1', longitude: '2' },
      ],
      match,
      { kind: 'feature' },
    );
    expect(report.corrected.map((i) => [i.feature, i.field])).toEqual([
      [null, 'title'],
      [null, 'date'],
      [0, 'country'],
    ]);
  });

  it('reads Unix times in the unit of their column', () => {
    const seconds = Date.UTC(2024, 2, 22) / 1000;
    const { events, report } = readRows(dated(String(seconds), String(seconds + 86400)));
    expect(events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2024-03-22' },
      { precision: 'day', value: '2024-03-23' },
    ]);
    expect(report.corrected[0]!.problem).toMatch(/^holds Unix times in seconds/);
  });

  it('gives an approximate date its dateNote', () => {
    const { events } = readRows(dated('c. 1990', '1990s'));
    expect(events.map((e) => [e.props.date, e.props.dateNote])).toEqual([
      [{ precision: 'year', value: '1990' }, 'The file gives "c. 1990": about that year'],
      [{ precision: 'span', start: '1990', end: '1999' }, undefined],
    ]);
  });

  it('reads start and end columns each by its own values', () => {
    const match = matchColumns(['title', 'start', 'end', 'lat', 'lon']);
    const rows = [
      { title: 'A', start: '03/04/2024', end: '04/05/2024', lat: '1', lon: '2' },
      { title: 'B', start: '25/04/2024', end: '12/25/2024', lat: '1', lon: '2' },
    ];
    const { events } = recordsToEvents(rows, match, { kind: 'row' });
    expect(events.map((e) => e.props.date)).toEqual([
      { precision: 'span', start: '2024-04-03', end: '2024-04-05' },
      { precision: 'span', start: '2024-04-25', end: '2024-12-25' },
    ]);
  });

  it("reads a source's date by its own column, and says what was kept of a period", () => {
    const { events, report } = readRows([
      row({ source: 'A', source_date: '03/04/2024' }),
      row({ source: 'B', source_date: '12/25/2024' }),
      row({ source: 'C', source_date: 'Q1 2024' }),
    ]);
    expect(events.map((e) => e.props.sources[0]!.published)).toEqual(['2024-03-04', '2024-12-25', '2024-01']);
    expect(report.corrected.filter((i) => i.row !== 1).map((i) => [i.row, i.problem])).toEqual([
      [4, '"Q1 2024" is a period; kept as 2024-01'],
    ]);
  });
});

/** A real day as its parts. */
const realDay = fc
  .date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));

function written(
  day: { y: number; m: number; d: number },
  order: 'day-first' | 'month-first',
  pad: boolean,
  sep: string,
) {
  const part = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
  const [a, b] = order === 'day-first' ? [day.d, day.m] : [day.m, day.d];
  return `${part(a)}${sep}${part(b)}${sep}${day.y}`;
}

describe('recordsToEvents, for any column of day-and-month dates', () => {
  const order = fc.constantFrom('day-first' as const, 'month-first' as const);
  const style = fc.tuple(fc.boolean(), fc.constantFrom('/', '.', '-'));

  it('reads back every real day of a column that has one date readable only one way', () => {
    const telling = realDay.filter((x) => x.d > 12);
    fc.assert(
      fc.property(
        fc.array(realDay, { maxLength: 20 }),
        telling,
        fc.nat(),
        order,
        style,
        (days, tell, at, o, [pad, sep]) => {
          const all = [...days];
          all.splice(at % (days.length + 1), 0, tell);
          const { events, report } = readRows(all.map((x) => row({ date: written(x, o, pad, sep) })));
          expect(report.rejected).toEqual([]);
          expect(events.map((e) => e.props.date)).toEqual(
            all.map((x) => ({ precision: 'day', value: x.iso })),
          );
        },
      ),
    );
  });

  it('never reads a date of a column where every date reads either way, until the reader answers', () => {
    const either = realDay.filter((x) => x.d <= 12 && x.d !== x.m);
    fc.assert(
      fc.property(fc.array(either, { minLength: 1, maxLength: 20 }), order, style, (days, o, [pad, sep]) => {
        const rows = days.map((x) => row({ date: written(x, o, pad, sep) }));
        const unanswered = readRows(rows);
        expect(unanswered.events).toEqual([]);
        expect(unanswered.dateOrder?.column).toBe('date');
        const answered = recordsToEvents(rows, MATCH, { kind: 'row', context: { dateOrder: o } });
        expect(answered.events.map((e) => e.props.date)).toEqual(
          days.map((x) => ({ precision: 'day', value: x.iso })),
        );
      }),
    );
  });

  it('says a date could be read either way only of one that can', () => {
    const anyParts = fc
      .tuple(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1990, max: 2030 }),
      )
      .map(([a, b, y]) => `${a}/${b}/${y}`);
    fc.assert(
      fc.property(fc.array(anyParts, { minLength: 1, maxLength: 10 }), (dates) => {
        const { report } = readRows(dates.map((date) => row({ date })));
        for (const issue of report.rejected) {
          if (!/could be .* or /.test(issue.problem)) continue;
          const form = dayMonthForm(dates[issue.row! - 2]!);
          expect(form && orderOf(form)).toBe('either');
        }
      }),
    );
  });
});

describe('recordsToEvents, for rows with characters that could not be read', () => {
  it('no U+FFFD reaches an event without a note naming its row and column', () => {
    const damaged = fc.string().map((s) => `${s}\uFFFD`);
    const cell = fc.oneof(fc.string(), damaged);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.oneof(damaged, fc.constant('A title')),
            date: fc.constant('2024-03-22'),
            latitude: fc.constant('12.6'),
            longitude: fc.constant('-8'),
            summary: cell,
            place: cell,
            actor: cell,
            source: cell,
            other: cell,
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const { events, report } = readRows(rows);
          for (const event of events) {
            if (!JSON.stringify(event.props).includes('\uFFFD')) continue;
            const notes = report.corrected.filter(
              (i) => i.id === event.id && /could not be read/.test(i.problem),
            );
            const row = Number(event.id.replace('row-', ''));
            const damagedColumns = Object.entries(rows[row - 2]!)
              .filter(([, v]) => v.includes('\uFFFD'))
              .map(([k]) => k);
            expect(notes.map((n) => n.column)).toEqual(damagedColumns);
            expect(notes.every((n) => n.row === row)).toBe(true);
          }
        },
      ),
    );
  });
});
