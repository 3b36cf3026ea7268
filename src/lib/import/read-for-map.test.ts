import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedShapes } from '../country-shapes.fixture';
import { checkCountries } from './check-countries';
import { locateEvent } from './locate';
import { readAndLocate, readForMap } from './read-for-map';
import type { ImportResult } from './types';

const sample = readFileSync('public/sample-events.csv', 'utf8');
const bundled = readFileSync('data/events.geojson', 'utf8');

describe('readForMap', () => {
  it('reads a CSV file into events in index order, with its report', () => {
    const read = readForMap('sample-events.csv', sample);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.events.length).toBeGreaterThan(3);
    expect(read.report?.loaded).toBe(read.events.length);
    for (let i = 1; i < read.events.length; i++) {
      const [a, b] = [read.events[i - 1]!, read.events[i]!];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
  });

  it('reads a file in our own schema with its issues and no import report', () => {
    const read = readForMap('events.geojson', bundled);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.report).toBeNull();
    expect(read.total).toBe(JSON.parse(bundled).features.length);
    expect(read.events.map((e) => e.start)).toEqual(
      [...read.events.map((e) => e.start)].sort((a, b) => a - b),
    );
  });

  it("asks for the columns it cannot match, naming the file's headers", () => {
    const read = readForMap('x.csv', 'c1,c2,lat,lon\nA bomb,2024-03-22,55.8,37.4\n');
    expect(read).toMatchObject({ kind: 'needs-mapping', headers: ['c1', 'c2', 'lat', 'lon'] });
    const mapped = readForMap('x.csv', 'c1,c2,lat,lon\nA bomb,2024-03-22,55.8,37.4\n', {
      columns: { title: 'c1', date: 'c2' },
    });
    expect(mapped.kind === 'read' && mapped.events.map((e) => e.props.title)).toEqual(['A bomb']);
  });

  it('says nothing could be shown, with the report that says why for each row', () => {
    const read = readForMap('x.csv', 'title,date,latitude,longitude\nA bomb,someday,55.8,37.4\n');
    expect(read.kind).toBe('failed');
    if (read.kind !== 'failed') return;
    expect(read.message).toBe(
      'The one row of x.csv could not be shown; the report gives the reason for each row',
    );
    expect(read.report?.rejected).toMatchObject([
      { row: 2, field: 'date', problem: expect.stringMatching(/"someday"/) },
    ]);
  });

  it('titles the events of a GTD export, which has no title column, by their type and place, and says so', () => {
    const gtd = [
      'eventid,iyear,imonth,iday,country_txt,city,latitude,longitude,attacktype1_txt,gname,nkill,nwound,summary',
      '201503180001,2015,3,18,Pakistan,Quetta,30.18,66.99,Bombing/Explosion,Unknown,3,10,',
      '201601200002,2016,1,0,Afghanistan,Kabul,34.53,69.17,Armed Assault,Taliban,5,,An attack on a checkpoint.',
      '201701010003,2017,0,0,Iraq,,33.3,44.4,,,,,',
    ].join('\n');
    const read = readForMap('globalterrorismdb.csv', gtd);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.events.map((e) => e.props.title)).toEqual([
      'Bombing/Explosion in Quetta, Pakistan',
      'Armed Assault in Kabul, Afghanistan',
      'Event in Iraq',
    ]);
    expect(read.events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2015-03-18' },
      { precision: 'month', value: '2016-01' },
      { precision: 'year', value: '2017' },
    ]);
    expect(read.report?.corrected[0]).toMatchObject({
      row: 1,
      field: 'title',
      problem: 'has no column of its own',
    });
    expect(read.report?.rejected).toEqual([]);
  });

  describe('a file whose dates could be read day first or month first', () => {
    const csv = 'title,date,lat,lon\nA,03/04/2024,1,2\nB,2024-05-01,1,2\n';

    it('asks which, with examples from the file', () => {
      expect(readForMap('x.csv', csv)).toMatchObject({
        kind: 'needs-mapping',
        match: { missing: [] },
        questions: { dateOrder: { column: 'date', examples: ['03/04/2024'] } },
      });
    });

    it('reads it as the reader answered', () => {
      const read = readForMap('x.csv', csv, { dateOrder: 'month-first' });
      expect(read.kind === 'read' && read.events.map((e) => e.props.date)).toEqual([
        { precision: 'day', value: '2024-03-04' },
        { precision: 'day', value: '2024-05-01' },
      ]);
    });

    it('asks even after the columns were chosen, as the chosen date column may be the one', () => {
      const unmatched = 'c1,c2,lat,lon\nA,03/04/2024,1,2\n';
      expect(readForMap('x.csv', unmatched).kind === 'needs-mapping').toBe(true);
      const mapped = readForMap('x.csv', unmatched, { columns: { title: 'c1', date: 'c2' } });
      expect(mapped).toMatchObject({ kind: 'needs-mapping', questions: { dateOrder: { column: 'c2' } } });
    });

    it('reads the rest when the caller cannot ask, each refused row saying why', () => {
      const read = readForMap('x.csv', csv, { noQuestions: true });
      expect(read.kind).toBe('read');
      if (read.kind !== 'read') return;
      expect(read.events.map((e) => e.props.title)).toEqual(['B']);
      expect(read.report?.rejected).toMatchObject([
        {
          row: 2,
          field: 'date',
          problem: expect.stringMatching(/could be 3 April 2024 \(day first\) or 4 March/),
        },
      ]);
    });

    it('asks before any place is looked up', async () => {
      const never = () => Promise.reject(new Error('asked'));
      const read = await readAndLocate(
        'x.csv',
        'title,date,place\nA,03/04/2024,Quetta\nB,2024-05-01,Kabul\n',
        {},
        never,
      );
      expect(read).toMatchObject({ kind: 'needs-mapping', questions: { dateOrder: { column: 'date' } } });
    });
  });

  it('refuses what is not a data file', () => {
    expect(readForMap('x.csv', '')).toEqual({ kind: 'failed', message: 'The file is empty' });
  });
});

describe('readAndLocate', () => {
  const csv = 'title,date,place,latitude,longitude\nLate,2024-09-01,Here,1,2\nEarly,2020-01-01,Quetta,,\n';
  const atQuetta = async (result: ImportResult): Promise<ImportResult> => {
    const events = result.pending.map((p) => locateEvent(p, 67, 30.19)!);
    const report = { ...result.report, loaded: result.report.loaded + events.length, unlocated: [] };
    return { events: [...result.events, ...events], pending: [], report };
  };

  it('locates rows with only a place name before sorting them with the rest', async () => {
    const read = await readAndLocate('x.csv', csv, {}, atQuetta);
    expect(read.kind === 'read' && read.events.map((e) => e.props.title)).toEqual(['Early', 'Late']);
  });

  it('does not ask for places when no row needs it, or the columns are still to be chosen', async () => {
    const never = () => Promise.reject(new Error('asked'));
    const read = await readAndLocate('x.csv', 'title,date,lat,lon\nA,2024-01-01,1,2\n', {}, never);
    expect(read.kind).toBe('read');
    const unmatched = await readAndLocate('x.csv', 'c1,c2,place\nA,2024-01-01,Quetta\n', {}, never);
    expect(unmatched.kind).toBe('needs-mapping');
  });
});

describe('the whole-file swap question', () => {
  const swapped =
    'title,date,latitude,longitude\nA,2024-01-01,134.5,69.1\nB,2024-01-02,120.5,30\nC,2024-01-03,34.5,69.1\n';

  it('asks when most rows only make sense with latitude and longitude exchanged', () => {
    expect(readForMap('x.csv', swapped)).toMatchObject({
      kind: 'needs-mapping',
      questions: {
        swap: {
          rows: 2,
          of: 3,
          example: 'Row 2: latitude 134.5, longitude 69.1, off the globe',
        },
      },
    });
  });

  it('reads the file as the reader answers, and does not ask again', () => {
    const yes = readForMap('x.csv', swapped, { swapCoordinates: true });
    expect(yes.kind === 'read' && yes.events.map((e) => [e.lat, e.lon])).toEqual([
      [69.1, 134.5],
      [30, 120.5],
      [69.1, 34.5],
    ]);
    expect(yes.kind === 'read' && yes.report?.corrected[0]?.problem).toBe(
      'latitude and longitude are exchanged in this file, as you told us',
    );
    const no = readForMap('x.csv', swapped, { swapCoordinates: false });
    expect(no.kind === 'read' && no.report?.rejected.map((r) => r.row)).toEqual([2, 3]);
  });

  it('asks when most rows are in their country only the other way round', async () => {
    const csv =
      'title,date,country,latitude,longitude\nA,2024-01-01,AF,69.17,34.53\nB,2024-01-02,PK,67,30.19\n';
    const shapes = shippedShapes();
    const check = (result: ImportResult) => Promise.resolve(checkCountries(result, shapes));
    const never = () => Promise.reject(new Error('asked'));
    const read = await readAndLocate('x.csv', csv, {}, never, check);
    expect(read).toMatchObject({ kind: 'needs-mapping', questions: { swap: { rows: 2, of: 2 } } });
    const answered = await readAndLocate('x.csv', csv, { swapCoordinates: true }, never, check);
    expect(answered.kind === 'read' && answered.events.map((e) => e.props.place.countries[0])).toEqual([
      'AF',
      'PK',
    ]);
  });

  it('checks the points before the place names, so rows set aside are looked up', async () => {
    const csv = 'title,date,place,country,latitude,longitude\nA,2024-01-01,Quetta,PK,69.1,134.5\n';
    const shapes = shippedShapes();
    const check = (result: ImportResult) => Promise.resolve(checkCountries(result, shapes));
    const atQuetta = async (result: ImportResult): Promise<ImportResult> => {
      const events = result.pending.map((p) => locateEvent(p, 67, 30.19)!);
      return {
        ...result,
        events: [...result.events, ...events],
        pending: [],
        report: { ...result.report, unlocated: [] },
      };
    };
    const read = await readAndLocate('x.csv', csv, {}, atQuetta, check);
    expect(read.kind === 'read' && read.events.map((e) => [e.lat, e.lon])).toEqual([[30.19, 67]]);
  });

  it('asks the same of a GeoJSON file written [lat, lon], and swaps its geometries as a whole', () => {
    const feature = (coordinates: number[]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { title: 'A', date: '2024-01-01' },
    });
    const line = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [-17, 179.5],
          [-17, -179.5],
        ],
      },
      properties: { title: 'Fiji', date: '2024-01-02' },
    };
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [feature([69.1, 134.5]), feature([30, 120.5]), line],
    });
    expect(readForMap('x.geojson', text)).toMatchObject({
      kind: 'needs-mapping',
      questions: { swap: { rows: 3, of: 3 } },
    });
    const read = readForMap('x.geojson', text, { swapCoordinates: true });
    expect(read.kind === 'read' && read.events.map((e) => [e.lat, Math.abs(e.lon)])).toEqual([
      [69.1, 134.5],
      [30, 120.5],
      [-17, 180],
    ]);
  });
});
