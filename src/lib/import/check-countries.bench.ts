import { bench, describe } from 'vitest';
import { shippedShapes } from '../country-shapes.fixture';
import { eventsToCsv } from '../export-events';
import { generateEvents } from '../synthetic';
import { checkCountries } from './check-countries';
import { readCsv } from './csv';

// A file the size of the Global Terrorism Database (about 200,000 rows), every
// row with coordinates and a country: each point checked against its
// country's outline, in the worker, after the file is read (see import.bench.ts).
const result = readCsv(eventsToCsv(generateEvents(200_000, 1))).result;
const shapes = shippedShapes();
const checked = checkCountries(result, shapes);
const kept = checked.report.loaded.toLocaleString('en-GB');

describe(`checking 200,000 points against their countries (${kept} kept in or near their country, or swapped)`, () => {
  const once = { iterations: 3, warmupIterations: 0 };
  bench('index the outlines (once per file)', () => void shippedShapes(true), once);
  bench(
    'check every point, with a fresh index (cells and answers worked out anew)',
    () => {
      void checkCountries(result, shippedShapes(true));
    },
    once,
  );
  bench('check every point again, cells already worked out', () => void checkCountries(result, shapes), once);
});
