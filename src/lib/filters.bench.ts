import { bench, describe } from 'vitest';
import { makeDataset } from './dataset';
import { buildFilterIndex, facetCounts, filterPositions, type FilterIndex } from './filters';
import { NO_FILTERS, type Filters } from './filter-state';
import { generateEvents } from './synthetic';
import { queryWindow } from './time-index';

// One million events, as in time-index.bench.ts.
const dataset = makeDataset(null, generateEvents(1_000_000, 1));
const index = buildFilterIndex(dataset.events);
const { extent } = dataset.index;
const length = extent!.end - extent!.start;
const tenth = Math.round(length / 10);
let from = extent!.start;

/** A 10% window sliding across the extent, as when the window is dragged. */
function nextWindow(): Int32Array {
  from = from + 37 > extent!.end - tenth ? extent!.start : from + 37;
  return queryWindow(dataset.index, from, from + tenth);
}

const window = nextWindow();
const categoryAndCountry: Filters = {
  ...NO_FILTERS,
  categories: ['attack', 'report'],
  countries: ['AF', 'PK'],
};
const withSearch: Filters = { ...categoryAndCountry, search: 'kabul' };

// The first search builds the folded text; each run needs an index that has never searched.
let fresh: FilterIndex[] = [];

describe(`filters at 1,000,000 events (a 10% window holds ~${window.length.toLocaleString('en-GB')})`, () => {
  bench(
    'buildFilterIndex',
    () => {
      buildFilterIndex(dataset.events);
    },
    { iterations: 5 },
  );

  bench('filterPositions, 10% window, category + country', () => {
    filterPositions(index, window, categoryAndCountry);
  });

  bench('facetCounts, 10% window, category + country', () => {
    facetCounts(index, window, categoryAndCountry);
  });

  bench('filterPositions + facetCounts, sliding 10% window, category + country', () => {
    const positions = nextWindow();
    filterPositions(index, positions, categoryAndCountry);
    facetCounts(index, positions, categoryAndCountry);
  });

  bench(
    'first search (builds the folded text, then the mask), 10% window',
    () => {
      const unsearched = fresh.pop() ?? buildFilterIndex(dataset.events);
      filterPositions(unsearched, window, withSearch);
    },
    {
      iterations: 3,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      // One more than the runs: tinybench calls the function once to see whether it is async.
      setup: () => {
        fresh = Array.from({ length: 4 }, () => buildFilterIndex(dataset.events));
      },
      teardown: () => {
        fresh = [];
      },
    },
  );

  bench('repeated search, sliding 10% window (cached mask)', () => {
    const positions = nextWindow();
    filterPositions(index, positions, withSearch);
    facetCounts(index, positions, withSearch);
  });

  bench(
    'a new search term on a searched index (mask over all events)',
    () => {
      const term = `synthetic ${terms[next++ % terms.length]}`;
      filterPositions(index, window, { ...NO_FILTERS, search: term });
    },
    { iterations: 10 },
  );
});

// Warm the folded text of `index` for the searches above, outside any measurement.
filterPositions(index, window, withSearch);
const terms = [
  'quetta',
  'demo',
  'group c',
  'mogadishu',
  'arrest',
  'herald',
  'security',
  'near',
  'tribune',
  '#12',
];
let next = 0;
