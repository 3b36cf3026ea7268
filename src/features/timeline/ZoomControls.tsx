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
  const presets = useMemo(
    () => periodPresets(extent, yearsWithEvents(dataset.index.starts, dataset.index.ends)),
    [dataset, extent],
  );
  const chosen =
    presets.find((p) => p.range.start === timeWindow.start && p.range.end === timeWindow.end)?.id ?? '';
  const fullView = view.start === extent.start && view.end === extent.end;

  return (
    <div className="toolbar-group" role="group" aria-label="Time axis">
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(0.5)}
        aria-label="Zoom in on the time axis"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onZoom(2)}
        disabled={fullView}
        aria-label="Zoom out on the time axis"
        title="Zoom out (−)"
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onPan(-0.25)}
        disabled={view.start <= extent.start}
        aria-label="Show earlier dates"
        title="Earlier"
      >
        ‹
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onPan(0.25)}
        disabled={view.end >= extent.end}
        aria-label="Show later dates"
        title="Later"
      >
        ›
      </button>
      <label className="period">
        <span>Period</span>
        <select
          value={chosen}
          onChange={(e) => {
            const preset = presets.find((p) => p.id === e.target.value);
            if (preset) onPeriod(preset.range);
          }}
        >
          {chosen === '' && <option value="">Custom</option>}
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
