import { useLingui } from '@lingui/react';
import { datasetLine } from '../lib/dataset-line';
import { partsFromDay } from '../lib/dates';
import { useAppStore } from '../store/app-store';
import './dataset-line.css';

/** Under the title: what the map shows and how to begin, in one line that shortens on small screens. */
export function DatasetLine() {
  // The line is worded in the reader's language: drawn again when it changes.
  useLingui();
  const dataset = useAppStore((s) => s.dataset);
  if (!dataset || dataset.events.length === 0) return null;
  const extent = dataset.index.extent;
  const years: [number, number] | null = extent
    ? [partsFromDay(extent.start).year, partsFromDay(extent.end).year]
    : null;
  const { what, how } = datasetLine(dataset.metadata?.description, dataset.events.length, years);
  return (
    <p className="dataset-line">
      <span className="dataset-line-what" dir="auto">
        {what}
      </span>{' '}
      <span className="dataset-line-how">{how}</span>
    </p>
  );
}
