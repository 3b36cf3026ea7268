import { formatBin, type BinCounts, type Bins } from '../../lib/bins';

interface Props {
  bins: Bins;
  counts: BinCounts;
}

/** The histogram as a table: one row per period with events, for reading or copying the numbers. */
export default function HistogramTable({ bins, counts }: Props) {
  const rows = Array.from(bins.starts, (_, k) => k).filter(
    (k) => counts.certain[k]! + counts.possible[k]! > 0,
  );
  if (rows.length === 0) return <p className="muted">No events in the dates shown.</p>;
  return (
    <table className="histogram-table">
      <caption className="visually-hidden">Events per {bins.unit}, periods with events only</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Events</th>
          <th scope="col">May fall in it</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k}>
            <th scope="row">{formatBin(bins, k)}</th>
            <td>{counts.certain[k]}</td>
            <td>{counts.possible[k] || ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
