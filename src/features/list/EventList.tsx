import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appStore, useAppStore } from '../../store/app-store';
import { selectTotalCount, selectVisiblePositions } from '../../store/selectors';
import { EventListItem } from './EventListItem';

const PAGE = 200;

function showAllDates() {
  const { dataset, setTimeWindow } = appStore.getState();
  const extent = dataset?.index.extent;
  if (extent) setTimeWindow(extent.start, extent.end);
}

/** The events in the time window, in date order: the map's non-visual equivalent. */
export function EventList() {
  const { dataset, positions, total, selectedId, selectionOrigin, selectEvent } = useAppStore(
    useShallow((s) => ({
      dataset: s.dataset,
      positions: selectVisiblePositions(s),
      total: selectTotalCount(s),
      selectedId: s.selectedId,
      selectionOrigin: s.selectionOrigin,
      selectEvent: s.selectEvent,
    })),
  );
  const [shown, setShown] = useState(PAGE);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(
    function revealSelectionFromMap() {
      if (selectedId === null || selectionOrigin !== 'map') return;
      const item = listRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
      item?.scrollIntoView({ block: 'nearest' });
    },
    [selectedId, selectionOrigin],
  );

  if (!dataset) return null;
  const visible = Array.from(positions.subarray(0, shown), (p) => dataset.events[p]!);
  const selectedPosition = selectedId === null ? -1 : (dataset.byId.get(selectedId) ?? -1);
  // The selected event stays listed even beyond the first page.
  if (
    selectedPosition >= 0 &&
    !visible.some((e) => e.id === selectedId) &&
    positions.includes(selectedPosition)
  ) {
    visible.push(dataset.events[selectedPosition]!);
  }

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <div className="list-head">
        <h2 id="list-heading">Events</h2>
        <p className="count" data-testid="event-count">
          {positions.length} of {total} events
        </p>
      </div>
      {positions.length === 0 ? (
        <p className="empty">
          No events in this period.{' '}
          <button type="button" className="link-button" onClick={showAllDates}>
            Show all dates
          </button>
        </p>
      ) : (
        <ol className="list" ref={listRef} aria-label="Events in the time window, oldest first">
          {visible.map((event) => (
            <EventListItem
              key={event.id}
              event={event}
              selected={event.id === selectedId}
              onSelect={() => selectEvent(event.id, 'list')}
            />
          ))}
        </ol>
      )}
      {positions.length > shown && (
        <button type="button" className="button more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, positions.length - shown)} more of {positions.length - shown} not listed
        </button>
      )}
    </section>
  );
}
