import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { formatBin, type BinCounts, type BinUnit, type Bins } from '../../lib/bins';

interface Props {
  bins: Bins;
  counts: BinCounts;
  /** People killed per period (of the events certainly in it, and of those that may fall in it), while the chart draws them. */
  killed: BinCounts | null;
}

/** The table's caption, one whole sentence per unit of the bars. */
const CAPTIONS = {
  day: msg`Events per day, periods with events only`,
  week: msg`Events per week, periods with events only`,
  month: msg`Events per month, periods with events only`,
  quarter: msg`Events per quarter, periods with events only`,
  year: msg`Events per year, periods with events only`,
} satisfies Record<BinUnit, unknown>;

/**
 * The histogram as a table: one row per period with events, for reading or
 * copying the numbers; with the people killed while the chart draws them.
 */
export default function HistogramTable({ bins, counts, killed }: Props) {
  const { t, i18n } = useLingui();
  const rows = Array.from(bins.starts, (_, k) => k).filter(
    (k) => counts.certain[k]! + counts.possible[k]! > 0,
  );
  if (rows.length === 0)
    return (
      <p className="muted">
        <Trans>No events in the dates shown.</Trans>
      </p>
    );
  return (
    <table className="histogram-table">
      <caption className="visually-hidden">{i18n._(CAPTIONS[bins.unit])}</caption>
      <thead>
        <tr>
          <th scope="col">
            {t({ comment: 'Column heading: a period of time (a month, a quarter...)', message: 'Period' })}
          </th>
          <th scope="col">
            {t({ comment: 'Column heading: events certainly in the period', message: 'Events' })}
          </th>
          <th scope="col">
            {t({
              comment: 'Column heading: events that may fall in the period (their dates are not exact)',
              message: 'May fall in it',
            })}
          </th>
          {killed && (
            <>
              <th scope="col">
                {t({
                  comment: 'Column heading: people killed in the events certainly in the period',
                  message: 'People killed',
                })}
              </th>
              <th scope="col">
                {t({
                  comment:
                    'Column heading: people killed in the events that may fall in the period (their dates are not exact)',
                  message: 'People killed, may fall in it',
                })}
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k}>
            <th scope="row">{formatBin(bins, k)}</th>
            <td>{counts.certain[k]}</td>
            <td>{counts.possible[k] || ''}</td>
            {killed && (
              <>
                <td>{killed.certain[k]}</td>
                <td>{killed.possible[k] || ''}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
