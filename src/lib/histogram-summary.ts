import { formatBin, type BinCounts, type Bins } from './bins';
import { describeWindow } from './time-view';

/**
 * The histogram in one sentence, for screen readers in browse mode: its unit
 * and range, how many events it holds and its busiest bar.
 */
export function summarizeHistogram(bins: Bins, counts: BinCounts, total: number): string {
  const n = bins.starts.length;
  let busiest = -1;
  let most = 0;
  for (let k = 0; k < n; k++) {
    const c = counts.certain[k]! + counts.possible[k]!;
    if (c > most) [busiest, most] = [k, c];
  }
  const range = n > 0 ? describeWindow({ start: bins.starts[0]!, end: bins.end - 1 }) : '';
  let text = `Events per ${bins.unit}, ${range}: ${total.toLocaleString('en-GB')} ${total === 1 ? 'event' : 'events'}`;
  if (busiest >= 0) text += `; busiest ${formatBin(bins, busiest)}, with ${most.toLocaleString('en-GB')}`;
  return text;
}
