import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../lib/dates';
import { useAppStore } from '../../store/app-store';
import { DateFields } from './DateFields';
import { RangeSlider } from './RangeSlider';

/** The time window control under the map: a two-handle range over the dataset's extent. */
export function Timeline() {
  const { extent, timeWindow, setTimeWindow } = useAppStore(
    useShallow((s) => ({
      extent: s.dataset?.index.extent ?? null,
      timeWindow: s.timeWindow,
      setTimeWindow: s.setTimeWindow,
    })),
  );

  if (!extent || !timeWindow) {
    return (
      <section className="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="timeline-heading">
          Timeline
        </h2>
        <p className="muted">No dated events to show.</p>
      </section>
    );
  }

  const isFull = timeWindow.start === extent.start && timeWindow.end === extent.end;

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading" className="timeline-heading">
          Timeline
        </h2>
        <p className="timeline-window">
          {formatDay(timeWindow.start)} to {formatDay(timeWindow.end)}
        </p>
        <DateFields extent={extent} timeWindow={timeWindow} onChange={setTimeWindow} />
        <button
          type="button"
          className="button"
          onClick={() => setTimeWindow(extent.start, extent.end)}
          disabled={isFull}
        >
          Show all dates
        </button>
      </div>
      <RangeSlider extent={extent} timeWindow={timeWindow} onChange={setTimeWindow} />
    </section>
  );
}
