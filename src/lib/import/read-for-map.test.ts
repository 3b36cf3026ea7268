import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readForMap } from './read-for-map';

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
      title: 'c1',
      date: 'c2',
    });
    expect(mapped.kind === 'read' && mapped.events.map((e) => e.props.title)).toEqual(['A bomb']);
  });

  it('says why nothing could be shown, naming the field', () => {
    const read = readForMap('x.csv', 'title,date,latitude,longitude\nA bomb,someday,55.8,37.4\n');
    expect(read.kind).toBe('failed');
    expect(read.kind === 'failed' && read.message).toMatch(
      /^None of the 1 rows of x\.csv could be shown: .*\(date\)$/,
    );
  });

  it('refuses what is not a data file', () => {
    expect(readForMap('x.csv', '')).toEqual({ kind: 'failed', message: 'The file is empty' });
  });
});
