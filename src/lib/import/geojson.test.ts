import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse-dataset';
import { readForeignGeoJson, type GeoJsonRead } from './geojson';

function feature(properties: Record<string, unknown> | null, geometry: unknown, id?: unknown) {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), geometry, properties };
}

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const props = { name: 'Blast at the airport', when: '2021-08-26', type: 'Bombing' };

function read(json: unknown): GeoJsonRead {
  const result = readForeignGeoJson(json);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('readForeignGeoJson', () => {
  it('reads a foreign FeatureCollection, matching its properties', () => {
    const { headers, match, result, strict } = read({
      type: 'FeatureCollection',
      features: [
        feature(props, point(69.21, 34.56), 'kabul-airport'),
        feature({ ...props, when: '' }, point(1, 2)),
      ],
    });
    expect(strict).toBeNull();
    expect(headers).toEqual(['name', 'when', 'type', 'id']);
    expect(match.columns).toMatchObject({ title: 'name', date: 'when', category: 'type', id: 'id' });
    expect(result.events).toMatchObject([
      {
        id: 'kabul-airport',
        lon: 69.21,
        lat: 34.56,
        props: { title: 'Blast at the airport', category: 'attack', place: { precision: 'as-given' } },
      },
    ]);
    expect(result.report).toMatchObject({
      total: 2,
      loaded: 1,
      rejected: [{ row: null, feature: 1, field: 'date', problem: 'is empty' }],
    });
  });

  it('needs no location column when features have points', () => {
    const { match } = read({ type: 'FeatureCollection', features: [feature(props, point(1, 2))] });
    expect(match.missing).toEqual([]);
    const { match: noGeometry } = read({ type: 'FeatureCollection', features: [feature(props, null)] });
    expect(noGeometry.missing).toEqual(['location']);
  });

  it('reads a single Feature and an array of features', () => {
    expect(read(feature(props, point(1, 2))).result.report.loaded).toBe(1);
    expect(read([feature(props, point(1, 2)), feature(props, point(3, 4))]).result.report.loaded).toBe(2);
  });

  it('reads an array of plain objects as rows', () => {
    const { result } = read([{ title: 'A', date: '2024', lat: 1, lon: 2 }]);
    expect(result.events).toMatchObject([{ lon: 2, lat: 1, id: 'feature-0' }]);
  });

  it('makes one point of other geometries, with a note', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 20],
          [0, 0],
        ],
      ],
    };
    const multi = { type: 'MultiPoint', coordinates: [[5, 6]] };
    const { result } = read([feature(props, polygon), feature(props, multi)]);
    const [inside, single] = result.events;
    // Inside the triangle, and so not at its bounding box's centre (5, 10), which is on its edge.
    expect(inside!.lon).toBeGreaterThan(inside!.lat / 2);
    expect(inside!.props.place.precision).toBe('region');
    expect(single).toMatchObject({ lon: 5, lat: 6, props: { place: { precision: 'as-given' } } });
    expect(result.report.corrected).toMatchObject([
      {
        feature: 0,
        field: 'geometry',
        problem: expect.stringMatching(
          /^geometry is a Polygon [\d,]+ km across; a point inside it is used; precision: region$/,
        ),
        fix: 'Give a Point to place the event exactly',
      },
      { feature: 1, field: 'geometry', problem: 'geometry is a MultiPoint of one place; its point is used' },
    ]);
  });

  it('needs a place name, or coordinate properties, when there is no geometry', () => {
    const { result } = read([
      feature({ ...props, city: 'Kabul' }, null),
      feature({ ...props, lat: 34.5, lon: 69.2 }, null),
      feature(props, null),
    ]);
    expect(result.events).toMatchObject([{ lon: 69.2, lat: 34.5 }]);
    expect(result.report.unlocated).toEqual([{ row: null, feature: 0, place: 'Kabul', index: 0 }]);
    expect(result.report.rejected).toMatchObject([{ feature: 2, field: 'location' }]);
  });

  it('refuses a point given as [lat, lon], saying it makes sense the other way round', () => {
    const { result } = read([feature(props, point(34.56, 169.21))]);
    expect(result.events).toEqual([]);
    expect(result.report.rejected).toMatchObject([
      { feature: 0, field: 'geometry', problem: '169.21 is outside -90 to 90' },
    ]);
    expect(result.report.rejected[0]!.fix).toMatch(
      /^Read the other way round \(latitude 34.56, longitude 169.21\)/,
    );
    expect(result.swapEvidence).toMatchObject({ rows: 1, of: 1 });
  });

  it('reads numbers, lists and epoch milliseconds as other tools write them', () => {
    const { result } = read([
      feature(
        { title: 'A', timestamp: Date.UTC(2024, 2, 22, 12), deaths: 12, actors: ['IS-K', 'Taliban'] },
        point(1, 2),
      ),
    ]);
    expect(result.events[0]!.props).toMatchObject({
      date: { precision: 'day', value: '2024-03-22' },
      casualties: { killed: { value: 12, text: '12', approximate: false } },
      actors: [
        { name: 'IS-K', role: 'party' },
        { name: 'Taliban', role: 'party' },
      ],
    });
  });

  it('reads numbers in seconds as seconds when the whole property can be', () => {
    const at = (day: number) =>
      feature({ title: 'A', timestamp: Date.UTC(2024, 2, day) / 1000 }, point(1, 2));
    const { result, questions } = read([at(22), at(23)]);
    expect(result.events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2024-03-22' },
      { precision: 'day', value: '2024-03-23' },
    ]);
    expect(result.report.corrected).toMatchObject([{ feature: null, field: 'date', column: 'timestamp' }]);
    expect(questions.dateOrder).toBeUndefined();
  });

  it('returns the question of a date property that cannot tell its order', () => {
    expect(read([feature({ ...props, when: '03/04/2024' }, point(1, 2))]).questions.dateOrder).toMatchObject({
      column: 'when',
    });
  });

  it('returns a file in our own schema as our strict reader reads it', () => {
    const json: unknown = JSON.parse(readFileSync('data/events.geojson', 'utf8'));
    const { result, strict } = read(json);
    const expected = parseDataset(json);
    expect(strict).toEqual(expected);
    expect(result.events).toEqual(expected.dataset.events);
    expect(result.report).toEqual({
      total: expected.total,
      loaded: expected.total,
      rejected: [],
      corrected: [],
      unlocated: [],
      located: [],
      columns: [],
    });
  });

  it('reads our own schema with mistakes strictly, rejecting only the bad features', () => {
    const json = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
      features: Array<{ properties: object }>;
    };
    json.features[1]!.properties = { ...json.features[1]!.properties, title: '' };
    const { result, strict } = read(json);
    expect(strict).not.toBeNull();
    expect(result.report.loaded).toBe(json.features.length - 1);
    expect(result.report.rejected).toMatchObject([
      { feature: 1, field: 'properties.title', problem: 'must not be empty' },
    ]);
  });

  it('explains what is not GeoJSON', () => {
    expect(readForeignGeoJson({ hello: 1 })).toEqual({ error: expect.stringMatching(/not GeoJSON/) });
    expect(readForeignGeoJson({ type: 'FeatureCollection' })).toEqual({
      error: expect.stringMatching(/not GeoJSON/),
    });
    expect(readForeignGeoJson(42)).toEqual({ error: expect.stringMatching(/not GeoJSON/) });
    expect(readForeignGeoJson({ type: 'Topology', objects: {} })).toEqual({
      error: expect.stringMatching(/TopoJSON/),
    });
  });

  it('reads items that are not objects as empty features, with a note', () => {
    const { result } = read([feature(props, point(1, 2)), 7]);
    expect(result.report.loaded).toBe(1);
    expect(result.report.corrected).toMatchObject([{ feature: 1, problem: 'is not a GeoJSON Feature' }]);
  });

  it('lets the reader choose the properties', () => {
    const json = [feature({ label: 'A', d: '2024' }, point(1, 2))];
    expect(read(json).result.report.loaded).toBe(0);
    const chosen = readForeignGeoJson(json, { columns: { title: 'label', date: 'd' } });
    expect('result' in chosen && chosen.result.report.loaded).toBe(1);
  });
});
