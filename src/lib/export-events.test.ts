import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { eventsToCsv, eventsToGeoJson, EXPORT_HEADERS } from './export-events';
import { readEventsFile } from './import';
import { parseDataset } from './parse-dataset';

const bundled = parseDataset(JSON.parse(readFileSync('data/events.geojson', 'utf8')));
const events = bundled.dataset.events;

describe('exporting the events of a view', () => {
  it('GeoJSON round-trips through the schema with nothing lost', () => {
    const again = parseDataset(JSON.parse(eventsToGeoJson(events.slice(3, 9), bundled.dataset.metadata)));
    expect(again.issues).toEqual([]);
    expect(again.dataset.events).toEqual(events.slice(3, 9));
    expect(again.dataset.metadata).toEqual(bundled.dataset.metadata);
  });

  it('CSV has a row per event with its first source, and loads back as the same events', () => {
    const csv = eventsToCsv(events);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_HEADERS]);
    expect(rows.map((r) => r.title)).toEqual(events.map((e) => e.props.title));
    expect(rows.map((r) => r.quote)).toEqual(events.map((e) => e.props.sources[0]!.quote));
    const file = readEventsFile('export.csv', csv);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.result.report.loaded).toBe(events.length);
    expect(file.result.events.map((e) => [e.start, e.end, e.props.category])).toEqual(
      events.map((e) => [e.start, e.end, e.props.category]),
    );
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    const hostile = { ...events[0]!, props: { ...events[0]!.props, title: '=HYPERLINK("http://x")' } };
    expect(eventsToCsv([hostile])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
