import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedDatasetText, isCheckedFile, readCheckedDataset } from './checked-dataset';
import { parseDataset } from './parse-dataset';

const geojson = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
  features: Array<Record<string, unknown>>;
};

describe('the checked bundled dataset', () => {
  it('reads back as the same dataset the schema gives, with no issues', () => {
    const parsed = parseDataset(geojson);
    const read = readCheckedDataset(JSON.parse(checkedDatasetText(parsed, 'events.geojson')));
    expect(read.issues).toEqual([]);
    expect(read.total).toBe(geojson.features.length);
    expect(read.dataset.events).toEqual(parsed.dataset.events);
    expect(read.dataset.metadata).toEqual(parsed.dataset.metadata);
    expect(read.dataset.index).toEqual(parsed.dataset.index);
    expect([...read.dataset.byId]).toEqual([...parsed.dataset.byId]);
  });

  it('stops the build at a feature the schema rejects, naming it and its field', () => {
    const broken = structuredClone(geojson);
    const feature = broken.features[2]!;
    (feature.properties as Record<string, unknown>).category = 'rumour';
    expect(() => checkedDatasetText(parseDataset(broken), 'data/events.geojson')).toThrow(
      new RegExp(
        `data/events\\.geojson: 1 of ${geojson.features.length} features[\\s\\S]*Feature 2 \\("${String(feature.id)}"\\), field "properties\\.category"`,
      ),
    );
  });

  it('refuses a file that is not one, or is damaged, rather than show part of it', () => {
    const text = checkedDatasetText(parseDataset(geojson), 'events.geojson');
    const good = JSON.parse(text) as { events: Array<Record<string, unknown>>; version: number };
    expect(isCheckedFile(good)).toBe(true);
    expect(isCheckedFile(geojson)).toBe(false);
    expect(() => readCheckedDataset(geojson)).toThrow(/not in the form/);
    expect(() => readCheckedDataset({ ...good, version: 2 })).toThrow(/not in the form/);
    const noLat = structuredClone(good);
    delete noLat.events[0]!.lat;
    expect(() => readCheckedDataset(noLat)).toThrow(/damaged/);
    const unsorted = structuredClone(good);
    unsorted.events.reverse();
    expect(() => readCheckedDataset(unsorted)).toThrow(/damaged/);
  });
});
