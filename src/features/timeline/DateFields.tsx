import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { dayToIso, isoToDay, type Day } from '../../lib/dates';
import type { TimeWindow } from '../../store/time-slice';
import { useSettled } from '../../hooks/use-settled';

/**
 * How long the window stands still before the fields' own limits (the browser's date picker's)
 * follow it: setting a date field's limit costs milliseconds, too much for each step of a drag.
 */
const LIMITS_SETTLE_MS = 150;

interface Props {
  extent: TimeWindow;
  timeWindow: TimeWindow;
  onChange: (start: Day, end: Day) => void;
}

/** Exact dates for the window, for readers who know the day they want. */
export function DateFields({ extent, timeWindow, onChange }: Props) {
  const { t } = useLingui();
  return (
    <div className="date-fields">
      <DateField
        label={t({ comment: 'Label of the field for the first day of the time window', message: 'From' })}
        value={timeWindow.start}
        min={extent.start}
        max={timeWindow.end}
        onCommit={(day) => onChange(day, timeWindow.end)}
      />
      <DateField
        label={t({ comment: 'Label of the field for the last day of the time window', message: 'To' })}
        value={timeWindow.end}
        min={timeWindow.start}
        max={extent.end}
        onCommit={(day) => onChange(timeWindow.start, day)}
      />
    </div>
  );
}

interface FieldProps {
  label: string;
  value: Day;
  min: Day;
  max: Day;
  onCommit: (day: Day) => void;
}

function DateField({ label, value, min, max, onCommit }: FieldProps) {
  // A local draft, so a half-typed date does not move the window.
  const [draft, setDraft] = useState(dayToIso(value));
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // The window moved elsewhere (handles, reset): show its new date.
    setShownValue(value);
    setDraft(dayToIso(value));
  }
  const limitMin = useSettled(min, LIMITS_SETTLE_MS);
  const limitMax = useSettled(max, LIMITS_SETTLE_MS);
  const day = isoToDay(draft);
  const invalid = draft !== '' && (day === null || day < min || day > max);
  return (
    <label className="date-field">
      <span>{label}</span>
      <input
        type="date"
        value={draft}
        min={dayToIso(limitMin)}
        max={dayToIso(limitMax)}
        aria-invalid={invalid}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = isoToDay(e.target.value);
          if (next !== null && next >= min && next <= max) onCommit(next);
        }}
        onBlur={() => setDraft(dayToIso(value))}
      />
    </label>
  );
}
