import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEventsFile } from './detect';

const CSV = 'title,date,lat,lon\nA,2024,1,2\n';

function errorOf(name: string, text: string): string {
  const result = readEventsFile(name, text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('readEventsFile', () => {
  it('reads CSV by name or by content', () => {
    expect(readEventsFile('events.csv', CSV)).toMatchObject({ ok: true, format: 'csv' });
    expect(readEventsFile('events.txt', CSV)).toMatchObject({ ok: true, format: 'csv' });
    expect(readEventsFile('events', CSV)).toMatchObject({ ok: true, format: 'csv' });
  });

  it('reads GeoJSON by name or by content', () => {
    const json = JSON.stringify([
      { type: 'Feature', geometry: null, properties: { title: 'A', date: '2024', city: 'Kabul' } },
    ]);
    expect(readEventsFile('e.geojson', json)).toMatchObject({ ok: true, format: 'geojson' });
    expect(readEventsFile('e.txt', `\uFEFF  ${json}`)).toMatchObject({ ok: true, format: 'geojson' });
    const strict = readEventsFile('events.json', readFileSync('data/events.geojson', 'utf8'));
    expect(strict.ok && strict.strict !== null).toBe(true);
  });

  it('reads a CSV file that starts with a bracket as CSV', () => {
    expect(readEventsFile('e.csv', '[title],date\nA,2024\n')).toMatchObject({ ok: true, format: 'csv' });
  });

  it('passes the reader’s choice of columns on', () => {
    const result = readEventsFile('e.csv', 'Label,date,lat,lon\nA,2024,1,2\n', {
      columns: { title: 'Label' },
    });
    expect(result.ok && result.result.report.loaded).toBe(1);
  });

  it('explains files it cannot read', () => {
    expect(errorOf('page.html', '<!DOCTYPE html><html><body>Data</body></html>')).toMatch(
      /^This looks like a web page, not a data file/,
    );
    expect(errorOf('data.csv', '  <html lang="en">')).toMatch(/web page/);
    expect(errorOf('places.kml', '<?xml version="1.0"?><kml>')).toMatch(/KML/);
    expect(errorOf('track.gpx', '<?xml version="1.0"?><gpx>')).toMatch(/GPX/);
    expect(errorOf('a.xml', '<?xml version="1.0"?><data/>')).toMatch(/XML/);
    expect(errorOf('book.xlsx', 'anything')).toMatch(/Save it as CSV/);
    expect(errorOf('book', 'PK\u0003\u0004rest')).toMatch(/compressed file/);
    expect(errorOf('a.pdf', '%PDF-1.7')).toMatch(/PDF/);
    expect(errorOf('a.bin', 'a\u0000b')).toMatch(/binary/);
    expect(errorOf('a.csv', ' \n ')).toBe('The file is empty');
    expect(errorOf('a.json', '{"type": ')).toMatch(/^This file is not valid JSON/);
    expect(errorOf('a.json', 'title,date')).toMatch(/not valid JSON/);
    expect(errorOf('a.json', '{"a": 1}')).toMatch(/not GeoJSON/);
  });

  it('refuses at once a header of thousands of columns, saying how many', () => {
    const header = Array.from({ length: 670_000 }, (_, i) => `c${i}`).join(',');
    expect(readEventsFile('wide.csv', `${header}\n`)).toEqual({
      ok: false,
      error: expect.stringMatching(/^This file has 670,000 columns, and files of up to 500 can be read/),
    });
    const wide = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p${i}`, i]));
    const json = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: wide }],
    });
    expect(readEventsFile('wide.geojson', json)).toEqual({
      ok: false,
      error: expect.stringMatching(/^This file has 600 properties/),
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('a.csv', 'a.json', 'a.geojson', 'a', 'a.txt'),
        (text, name) => {
          const result = readEventsFile(name, text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any JSON, and accounts for every feature', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readEventsFile('a.geojson', JSON.stringify(value) ?? 'null');
        if (!result.ok) return;
        const { report, pending } = result.result;
        const rejected = new Set(report.rejected.filter((i) => i.feature !== null).map((i) => i.feature))
          .size;
        expect(report.loaded + rejected + pending.length).toBe(report.total);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on feature collections of any JSON', () => {
    const anyFeature = fc.record({
      type: fc.constant('Feature'),
      geometry: fc.oneof(
        fc.jsonValue(),
        fc.record({ type: fc.constantFrom('Point', 'Polygon'), coordinates: fc.jsonValue() }),
      ),
      properties: fc.dictionary(
        fc.constantFrom('title', 'date', 'lat', 'lon', 'city', 'deaths', 'id', 'x'),
        fc.jsonValue(),
      ),
    });
    fc.assert(
      fc.property(fc.array(anyFeature), (features) => {
        const result = readEventsFile('a.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
        expect(result.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
