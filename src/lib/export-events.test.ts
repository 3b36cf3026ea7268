import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from './dataset';
import { eventsToCsv, eventsToGeoJson, EXPORT_HEADERS } from './export-events';
import { readEventsFile } from './import/detect';
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
    // Our columns, then the translations' (title_ur, summary_ur, place_ur...: the bundled events have five languages).
    const languages = Object.keys(events[0]!.props.translations ?? {}).sort();
    expect(Object.keys(rows[0]!)).toEqual([
      ...EXPORT_HEADERS,
      ...languages.flatMap((tag) => [`title_${tag}`, `summary_${tag}`, `place_${tag}`]),
    ]);
    expect(rows.map((r) => r.title_ur)).toEqual(events.map((e) => e.props.translations?.ur?.title ?? ''));
    expect(rows.map((r) => r.title)).toEqual(events.map((e) => e.props.title));
    expect(rows.map((r) => r.quote)).toEqual(events.map((e) => e.props.sources[0]!.quote));
    const file = readEventsFile('export.csv', csv);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.result.report.loaded).toBe(events.length);
    expect(file.result.events.map((e) => [e.start, e.end, e.props.category])).toEqual(
      events.map((e) => [e.start, e.end, e.props.category]),
    );
    // The translations come back as they went out.
    const byId = new Map(file.result.events.map((e) => [e.id, e.props.translations]));
    for (const e of events) expect(byId.get(e.id)).toEqual(e.props.translations);
  });

  it('CSV writes each event’s language and loads it back', () => {
    // The bundled events are in English and say so by giving no language.
    const tagged: MapEvent[] = events
      .slice(0, 3)
      .map((e, i) => (i === 2 ? e : { ...e, props: { ...e.props, lang: ['ur', 'fa-AF'][i]! } }));
    expect(tagged[2]!.props.lang).toBeUndefined();
    const csv = eventsToCsv(tagged);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.lang)).toEqual(['ur', 'fa-AF', '']);
    const file = readEventsFile('export.csv', csv);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.result.report.corrected).toEqual([]);
    expect(file.result.events.map((e) => e.props.lang)).toEqual(['ur', 'fa-AF', undefined]);
  });

  it("CSV keeps place precision, actors with their roles and a file's other fields, and loads them back", () => {
    const sample: MapEvent[] = events.slice(0, 6).map((e, i) => ({
      ...e,
      props: {
        ...e.props,
        otherFields: [
          { name: 'admin1', value: `Province ${i}` },
          // A name of ours, as a reader's file may have left over: it must come back as an other field.
          ...(i === 0 ? [{ name: 'source_url', value: 'kept as it was' }] : []),
        ],
      },
    }));
    const file = readEventsFile('export.csv', eventsToCsv(sample));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const back = file.result.events;
    expect(back.map((e) => e.props.place.precision)).toEqual(sample.map((e) => e.props.place.precision));
    expect(back.map((e) => e.props.actors)).toEqual(
      // The CSV keeps each actor's name and role; who blamed them is not in it.
      sample.map((e) => e.props.actors.map((a) => ({ name: a.name, role: a.role }))),
    );
    expect(back.map((e) => e.props.otherFields)).toEqual(
      sample.map((_, i) => [
        { name: 'admin1', value: `Province ${i}` },
        ...(i === 0 ? [{ name: 'source_url (other)', value: 'kept as it was' }] : []),
      ]),
    );
  });

  it('keeps the flagged claims through CSV and through GeoJSON', () => {
    const flagged = events.filter((e) => e.props.claims);
    expect(flagged.length).toBeGreaterThan(0);
    // Two claims in one row, and a disputed one with every field, as a reader's data may have.
    const disputed = {
      ...flagged[0]!,
      id: 'disputed-figure',
      props: {
        ...flagged[0]!.props,
        claims: [
          {
            status: 'disputed' as const,
            about: 'killed' as const,
            by: 'Provincial officials',
            disputedBy: 'A hospital, which counted "fewer"',
            note: 'The figures differ; one line, with a comma, and "quotes".',
            source: flagged[0]!.props.sources[0]!.outlet,
          },
          ...flagged[0]!.props.claims!,
        ],
      },
    };
    const sample = [...flagged, disputed];

    const file = readEventsFile('export.csv', eventsToCsv(sample));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.result.report.corrected).toEqual([]);
    // Both readers sort by date; compare by id.
    const claimsById = (list: readonly MapEvent[]) =>
      Object.fromEntries(list.map((e) => [e.id, e.props.claims]));
    expect(claimsById(file.result.events)).toEqual(claimsById(sample));

    const again = parseDataset(JSON.parse(eventsToGeoJson(sample, null)));
    expect(again.issues).toEqual([]);
    expect(claimsById(again.dataset.events)).toEqual(claimsById(sample));
  });

  it('writes nothing in the claim columns of an event with no flagged claim', () => {
    const plain = events.find((e) => !e.props.claims)!;
    const [row] = Papa.parse<Record<string, string>>(eventsToCsv([plain]), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(
      EXPORT_HEADERS.filter((h) => h.startsWith('claim_') || h === 'disputed_by').map((h) => row![h]),
    ).toEqual(['', '', '', '', '', '', '']);
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    const hostile = { ...events[0]!, props: { ...events[0]!.props, title: '=HYPERLINK("http://x")' } };
    expect(eventsToCsv([hostile])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
