import { bench, describe } from 'vitest';
import { makeDataset } from './dataset';
import { generateEvents } from './synthetic';
import { buildTimeIndex, queryWindow } from './time-index';

// One million events, as a dataset several times the Global Terrorism Database.
const events = generateEvents(1_000_000, 1);
const dataset = makeDataset(null, events);
const { extent } = dataset.index;
const length = extent!.end - extent!.start;
const tenth = Math.round(length / 10);
let from = extent!.start;

describe('time index at 1,000,000 events', () => {
  bench('queryWindow, a window of 10% sliding across the extent', () => {
    from = from + 37 > extent!.end - tenth ? extent!.start : from + 37;
    queryWindow(dataset.index, from, from + tenth);
  });

  bench('queryWindow, one day', () => {
    from = from + 37 > extent!.end ? extent!.start : from + 37;
    queryWindow(dataset.index, from, from);
  });

  bench(
    'buildTimeIndex',
    () => {
      buildTimeIndex(dataset.events);
    },
    { iterations: 5 },
  );

  bench(
    'makeDataset (sort, index, ids)',
    () => {
      makeDataset(null, events);
    },
    { iterations: 3 },
  );
});
