import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { formatBin, type BinCounts, type BinUnit, type Bins } from './bins';
import { describeWindow } from './time-view';

/** "Events per month, 2020: 8 events": the histogram's unit, its range and how many events it holds. */
function heading(unit: BinUnit, range: string, total: number): string {
  switch (unit) {
    case 'day':
      return t({
        message: plural(total, {
          one: `Events per day, ${range}: # event`,
          other: `Events per day, ${range}: # events`,
        }),
      });
    case 'week':
      return t({
        message: plural(total, {
          one: `Events per week, ${range}: # event`,
          other: `Events per week, ${range}: # events`,
        }),
      });
    case 'month':
      return t({
        message: plural(total, {
          one: `Events per month, ${range}: # event`,
          other: `Events per month, ${range}: # events`,
        }),
      });
    case 'quarter':
      return t({
        message: plural(total, {
          one: `Events per quarter, ${range}: # event`,
          other: `Events per quarter, ${range}: # events`,
        }),
      });
    case 'year':
      return t({
        message: plural(total, {
          one: `Events per year, ${range}: # event`,
          other: `Events per year, ${range}: # events`,
        }),
      });
  }
}

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
  const summary = heading(bins.unit, range, total);
  if (busiest < 0) return summary;
  const period = formatBin(bins, busiest);
  const count = i18n.number(most);
  return t({
    comment:
      'The histogram in words: {summary} ("Events per month, 2020: 8 events"), then its busiest bar and how many events it has',
    message: `${summary}; busiest ${period}, with ${count}`,
  });
}
