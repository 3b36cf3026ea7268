import { useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { periodPresets, yearsWithEvents } from '../../lib/time-view';
import type { Dataset } from '../../lib/dataset';
import type { TimeWindow } from '../../store/time-slice';

interface Props {
  dataset: Dataset;
  extent: TimeWindow;
  view: TimeWindow;
  timeWindow: TimeWindow;
  onZoom: (factor: number) => void;
  onPan: (share: number) => void;
  onPeriod: (range: TimeWindow) => void;
}

/** Buttons to zoom and pan the time axis, and a choice of period. */
export function ZoomControls({ dataset, extent, view, timeWindow, onZoom, onPan, onPeriod }: Props) {
  const { t } = useLingui();
  const years = useMemo(() => yearsWithEvents(dataset.index.starts, dataset.index.ends), [dataset]);
  // Named on every render, so the names follow the language shown.
  const presets = periodPresets(extent, years);
  const chosen =
    presets.find((p) => p.range.start === timeWindow.start && p.range.end === timeWindow.end)?.id ?? '';
  const fullView = view.start === extent.start && view.end === extent.end;

  return (
    <div className="toolbar-group" role="group" aria-label={t`Time axis`}>
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(0.5)}
        aria-label={t`Zoom in on the time axis`}
        title={t({ comment: 'Tooltip; + is the key that does it', message: 'Zoom in (+)' })}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(2)}
        disabled={fullView}
        aria-label={t`Zoom out on the time axis`}
        title={t({ comment: 'Tooltip; − is the key that does it', message: 'Zoom out (−)' })}
      >
        −
      </button>
      {/* The time axis runs left to right in every language: earlier is on the left, its arrow pointing there. */}
      <span className="pan-buttons" dir="ltr">
        <button
          type="button"
          className="icon-button"
          onClick={() => onPan(-0.25)}
          disabled={view.start <= extent.start}
          aria-label={t`Show earlier dates`}
          title={t({
            comment: 'Tooltip of a button that moves the time axis to earlier dates',
            message: 'Earlier',
          })}
        >
          ‹
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onPan(0.25)}
          disabled={view.end >= extent.end}
          aria-label={t`Show later dates`}
          title={t({
            comment: 'Tooltip of a button that moves the time axis to later dates',
            message: 'Later',
          })}
        >
          ›
        </button>
      </span>
      <label className="period">
        <span>
          {t({
            comment: 'Label of a choice of periods of time (a year, the last months...)',
            message: 'Period',
          })}
        </span>
        <select
          value={chosen}
          onChange={(e) => {
            const preset = presets.find((p) => p.id === e.target.value);
            if (preset) onPeriod(preset.range);
          }}
        >
          {chosen === '' && (
            <option value="">
              {t({ comment: 'In the choice of periods: the time window is none of them', message: 'Custom' })}
            </option>
          )}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
