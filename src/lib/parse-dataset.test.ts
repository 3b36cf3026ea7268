import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './dataset';
import { parseDataset } from './parse-dataset';
import { dayFromParts } from './dates';

function goodFeature(id = 'mastung-2025', date: object = { precision: 'day', value: '2025-04-15' }) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [66.84, 29.8] },
    properties: {
      title: 'Bomb hits a police bus',
      summary: 'A bomb on a parked motorcycle hit a bus carrying police.',
      category: 'attack',
      date,
      place: { name: 'Mastung, Pakistan', label: 'Mastung', precision: 'district', countries: ['PK'] },
      actors: [{ name: 'IS-K', role: 'claimed' }],
      casualties: { killed: { value: 3, text: 'three', approximate: false } },
      sources: [{ outlet: 'Arab News', headline: 'A headline', published: '2025-04-16', quote: 'A quote.' }],
    },
  };
}

function collection(features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function messagesFor(feature: unknown): string[] {
  return parseDataset(collection([feature])).issues.map(formatIssue);
}

describe('parseDataset', () => {
  it('accepts a good event and gives it its day range', () => {
    const { dataset, issues } = parseDataset(collection([goodFeature()]));
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({
      id: 'mastung-2025',
      lon: 66.84,
      lat: 29.8,
      start: dayFromParts(2025, 4, 15),
      end: dayFromParts(2025, 4, 15),
    });
  });

  it('names the feature and the field of a bad date', () => {
    const bad = goodFeature('bad-date', { precision: 'day', value: '2025-02-30' });
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("bad-date"), field "properties.date.value": is not a real calendar day',
    ]);
  });

  it('names a missing field', () => {
    const bad = goodFeature();
    delete (bad.properties as Partial<typeof bad.properties>).title;
    expect(messagesFor(bad)).toEqual(['Feature 0 ("mastung-2025"), field "properties.title": is missing']);
  });

  it('names a category that does not exist and lists the allowed ones', () => {
    const bad = goodFeature();
    bad.properties.category = 'riot';
    expect(messagesFor(bad)[0]).toMatch(
      /^Feature 0 \("mastung-2025"\), field "properties.category": must be one of "attack", /,
    );
  });

  it('names coordinates out of range', () => {
    const bad = goodFeature();
    bad.geometry.coordinates = [29.8, 166.84];
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "geometry.coordinates.1": latitude above 90',
    ]);
  });

  it('names unknown fields, so a typo does not pass silently', () => {
    const bad = goodFeature();
    (bad.properties as Record<string, unknown>).titel = 'x';
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties": has unknown field "titel"',
    ]);
  });

  it('refuses an event with no source', () => {
    const bad = goodFeature();
    bad.properties.sources = [];
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties.sources": needs at least one source',
    ]);
  });

  it('refuses a span that ends before it starts', () => {
    const bad = goodFeature('span', { precision: 'span', start: '2020-09', end: '2020-01' });
    expect(messagesFor(bad)).toEqual(['Feature 0 ("span"), field "properties.date.end": start is after end']);
  });

  it('refuses source links that are not http or https', () => {
    const bad = goodFeature();
    (bad.properties.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)';
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties.sources.0.url": must start with http:// or https://',
    ]);
  });

  it('keeps every valid event when others are bad, and counts the rejected ones', () => {
    const result = parseDataset(
      collection([goodFeature('a'), { type: 'Feature' }, goodFeature('b'), 'nonsense', goodFeature('a')]),
    );
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.total).toBe(5);
    expect(new Set(result.issues.map((i) => i.feature))).toEqual(new Set([1, 3, 4]));
    expect(result.issues.find((i) => i.feature === 4)?.message).toBe('repeats the id of an earlier feature');
  });

  it('sorts events by start, then end, then file order', () => {
    const { dataset } = parseDataset(
      collection([
        goodFeature('second-same-day'),
        goodFeature('year', { precision: 'year', value: '2025' }),
        goodFeature('first-same-day'),
        goodFeature('month', { precision: 'month', value: '2025-04' }),
      ]),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(['year', 'month', 'second-same-day', 'first-same-day']);
  });

  it('sorts events by date whatever the order in the file', () => {
    const { dataset } = parseDataset(
      collection([
        goodFeature('late', { precision: 'year', value: '2025' }),
        goodFeature('early', { precision: 'month', value: '2003-02' }),
      ]),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(dataset.byId.get('late')).toBe(1);
  });

  it('explains a file that is not a FeatureCollection', () => {
    const result = parseDataset({ type: 'Feature' });
    expect(result.dataset.events).toEqual([]);
    expect(result.issues.map(formatIssue)).toEqual([
      'The file, field "type": the file is not a GeoJSON FeatureCollection with a "features" array',
    ]);
  });
});

describe('the bundled dataset (data/events.geojson)', () => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8'),
  );
  const result = parseDataset(json);

  it('has no invalid event or metadata', () => {
    // Printed in full so a bad edit names the event and the field in CI's log.
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it('holds at least the 17 events the seed articles report, with their metadata', () => {
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(17);
    expect(result.dataset.metadata?.title).toBeTruthy();
    expect(result.dataset.metadata?.contentNote).toBeTruthy();
  });

  it('spans 2003 to 2025', () => {
    const extent = result.dataset.index.extent!;
    expect(extent.start).toBe(dayFromParts(2003, 1, 1));
    expect(new Date(extent.end * 86_400_000).getUTCFullYear()).toBe(2025);
  });

  it('cites every source with a quote of one sentence at most', () => {
    for (const event of result.dataset.events) {
      for (const source of event.props.sources) {
        const sentences = source.quote.split(/[.!?]["”’]?\s+[A-Z]/).length;
        expect(sentences, `${event.id}: ${source.quote}`).toBe(1);
      }
    }
  });
});
