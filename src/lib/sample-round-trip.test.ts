import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsToCsv } from './export-events';
import { CSV_TEMPLATE_HEADERS } from './import/columns';
import { readForMap } from './import/read-for-map';
import { parseDataset } from './parse-dataset';

/**
 * public/sample-events.csv is the app's own CSV download of the bundled
 * events, and loads back as the same events. To write it again after a change
 * to the data: SAMPLE_WRITE=1 npx vitest run src/lib/sample-round-trip.test.ts
 */

const SAMPLE = new URL('../../public/sample-events.csv', import.meta.url);
const bundled = parseDataset(
  JSON.parse(readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8')),
).dataset.events;
const csv = eventsToCsv(bundled);
if (process.env.SAMPLE_WRITE) writeFileSync(SAMPLE, csv);
const sample = readFileSync(SAMPLE, 'utf8');

describe('the sample file (public/sample-events.csv)', () => {
  it('is exactly what the CSV download writes for the bundled events', () => {
    expect(sample).toBe(csv);
  });

  it('loads back as the bundled events, with nothing to put right', () => {
    const read = readForMap('sample-events.csv', sample);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.report?.rejected).toEqual([]);
    expect(read.report?.corrected).toEqual([]);
    // Everything the CSV holds: all of each event but who blamed an actor (the actor column has name and role).
    const withoutBy = (events: typeof bundled) =>
      events.map((e) => ({
        ...e,
        props: { ...e.props, actors: e.props.actors.map((a) => ({ name: a.name, role: a.role })) },
      }));
    expect(withoutBy([...read.events])).toEqual(withoutBy(bundled));
  });

  it('keeps the roles of the actors and the figures in words', () => {
    expect(sample).toContain('Islamic State Khorasan Province (IS-K) (claimed)');
    for (const e of bundled) {
      for (const figure of [e.props.casualties?.killed, e.props.casualties?.wounded]) {
        if (figure) expect(sample).toContain(figure.text);
      }
    }
  });
});

describe('the template (public/events-template.csv)', () => {
  const template = readFileSync(new URL('../../public/events-template.csv', import.meta.url), 'utf8');

  it('has the recommended columns and loads with actors in their roles and figures in words', () => {
    expect(template.split('\r\n')[0]).toBe(CSV_TEMPLATE_HEADERS.join(','));
    const read = readForMap('events-template.csv', template);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.report?.corrected).toEqual([]);
    const p = read.events[0]!.props;
    expect(p.actors.map((a) => a.role)).toEqual(['claimed', 'blamed', 'party']);
    expect(p.casualties).toEqual({
      killed: { value: 12, text: '12 people, as the article words it', approximate: false },
      wounded: { value: 30, text: 'at least 30', approximate: true },
    });
  });
});
