import { bench, describe } from 'vitest';
import { binEvents, makeBins } from './bins';
import { makeDataset } from './dataset';
import { generateEvents } from './synthetic';

// One million events binned as the histogram does it: whole extent (quarters or
// years, about 80 to 120 bars), one year (weeks), and with a weight per event.
const dataset = makeDataset(null, generateEvents(1_000_000, 1));
const { extent } = dataset.index;
const whole = makeBins(extent!.start, extent!.end);
const lastYear = makeBins(extent!.end - 365, extent!.end);
const killed = Float64Array.from(dataset.events, (e) => e.props.casualties?.killed?.value ?? 0);

describe('histogram binning at 1,000,000 events', () => {
  bench(`binEvents, whole extent (${whole.starts.length} ${whole.unit} bins)`, () => {
    binEvents(dataset.index, whole);
  });

  bench(`binEvents, last year (${lastYear.starts.length} ${lastYear.unit} bins)`, () => {
    binEvents(dataset.index, lastYear);
  });

  bench('binEvents, whole extent, people killed per bin', () => {
    binEvents(dataset.index, whole, killed);
  });
});
