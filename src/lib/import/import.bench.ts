import { bench, describe } from 'vitest';
import { datasetOfSorted } from '../dataset';
import { eventsToCsv, eventsToGeoJson } from '../export-events';
import { generateEvents } from '../synthetic';
import { readForMap } from './read-for-map';

// A file the size of the Global Terrorism Database (about 200,000 rows), as a
// reader brings it: read, every row checked, sorted (this part runs in a
// worker in the page), then indexed (on the page's thread).
const events = generateEvents(200_000, 1);
const csv = eventsToCsv(events);
const geojson = eventsToGeoJson(events, null);
const read = readForMap('events.csv', csv);
if (read.kind !== 'read' || read.events.length !== events.length)
  throw new Error('the CSV did not read back');
const megabytes = (text: string) => Math.round(text.length / 1e6);

describe(`reading a file of 200,000 events (CSV ${megabytes(csv)} MB, GeoJSON ${megabytes(geojson)} MB)`, () => {
  const once = { iterations: 2, warmupIterations: 0 };
  bench('CSV: parse, check every row, sort (in the worker)', () => void readForMap('events.csv', csv), once);
  bench(
    'GeoJSON: parse, check every feature, sort (in the worker)',
    () => void readForMap('events.geojson', geojson),
    once,
  );
  bench('index the sorted events (on the page)', () => void datasetOfSorted(null, read.events));
});
