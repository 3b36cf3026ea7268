import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { isFiltering } from '../../lib/filter-state';
import { searchTerms } from '../../lib/search-text';
import { useShallow } from 'zustand/react/shallow';
import { isCertainlyInside, lowerBound } from '../../lib/time-index';
import { appStore, useAppStore } from '../../store/app-store';
import { selectTotalCount, selectVisiblePositions } from '../../store/selectors';
import { usePrinting } from '../../hooks/use-printing';
import { EventListItem } from './EventListItem';
import { selectFromList } from './select-from-list';
import './list.css';

/** Only long lists need the virtualiser: it loads with the first one. */
const VirtualEventList = lazyPart(() => import('./VirtualEventList').then((m) => m.VirtualEventList));

/** Up to this many events every item is in the page; beyond, only those scrolled into view are. */
export const VIRTUAL_ABOVE = 300;

function showAllDates() {
  const { dataset, setTimeWindow } = appStore.getState();
  const extent = dataset?.index.extent;
  if (extent) setTimeWindow(extent.start, extent.end);
}

/** The events in the time window, in date order: the map's non-visual equivalent. */
export function EventList() {
  const { t, i18n } = useLingui();
  const live = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      dataset: s.dataset,
      timeWindow: s.timeWindow,
      positions: selectVisiblePositions(s),
      total: selectTotalCount(s),
      selectedId: s.selectedId,
      selectionOrigin: s.selectionOrigin,
    })),
  );
  // The list follows a moving window (a drag, playback) a moment behind the map and the timeline:
  // it is drawn again in a render of its own, which the next step of the drag may cut short. New
  // events, filters and selections are listed at once, with the rest of the page.
  const deferred = useDeferredValue(live);
  const onlyMoved =
    deferred.timeWindow !== null &&
    deferred.dataset === live.dataset &&
    deferred.filters === live.filters &&
    deferred.selectedId === live.selectedId;
  const { dataset, timeWindow, positions, selectedId, selectionOrigin, filters } = onlyMoved
    ? deferred
    : live;
  const scrollRef = useRef<HTMLDivElement>(null);
  const terms = useMemo(() => searchTerms(filters.search), [filters.search]);
  const filtering = isFiltering(filters);
  // A printed list is a plain one: its first VIRTUAL_ABOVE events, and a word on the rest.
  const printing = usePrinting();
  const long = positions.length > VIRTUAL_ABOVE;
  const virtual = long && !printing;
  const listed = printing && long ? positions.subarray(0, VIRTUAL_ABOVE) : positions;
  const selectedPosition = selectedId === null ? -1 : (dataset?.byId.get(selectedId) ?? -1);
  const selectedRow = selectedPosition < 0 ? -1 : lowerBound(positions, selectedPosition);
  const selectedIndex = positions[selectedRow] === selectedPosition ? selectedRow : -1;

  useEffect(
    function revealSelectionFromMap() {
      // A link opens on the map and the event's details, not scrolled down to the list.
      if (selectedId === null || selectionOrigin === 'list' || selectionOrigin === 'link' || virtual) return;
      const item = scrollRef.current?.querySelector<HTMLElement>(
        `[data-event-id="${CSS.escape(selectedId)}"]`,
      );
      item?.scrollIntoView({ block: 'nearest' });
    },
    [selectedId, selectionOrigin, virtual],
  );

  // The same function while the window stays, so the long list is not drawn again for nothing.
  const possible = useCallback(
    (p: number) =>
      !!dataset && !!timeWindow && !isCertainlyInside(dataset.index, p, timeWindow.start, timeWindow.end),
    [dataset, timeWindow],
  );

  if (!dataset || !timeWindow) return null;
  // The count is the window's at once, as the map and the timeline show it: only the rows follow behind.
  const shown = i18n.number(live.positions.length);
  const total = live.total;
  const printed = i18n.number(VIRTUAL_ABOVE);

  return (
    <section className={virtual ? 'event-list is-virtual' : 'event-list'} aria-labelledby="list-heading">
      <div className="list-head">
        <h2 id="list-heading">
          <Trans comment="Heading of the list of events">Events</Trans>
        </h2>
        <p className="count" data-testid="event-count">
          {t({
            comment:
              'How many of the events are in the list: those in the time window and the filters, of all the events. The plural follows the total.',
            message: plural(total, { one: `${shown} of # events`, other: `${shown} of # events` }),
          })}
        </p>
      </div>
      <div className="list-scroll" ref={scrollRef}>
        {positions.length === 0 ? (
          <p className="empty">
            {filtering ? t`No events match the filters in this period.` : t`No events in this period.`}{' '}
            {filtering && (
              <button
                type="button"
                className="link-button"
                onClick={() => appStore.getState().clearFilters()}
              >
                <Trans>Clear all filters</Trans>
              </button>
            )}{' '}
            <button type="button" className="link-button" onClick={showAllDates}>
              <Trans>Show all dates</Trans>
            </button>
          </p>
        ) : virtual ? (
          <VirtualEventList
            pending={
              <p className="muted">
                <Trans>Loading the list…</Trans>
              </p>
            }
            dataset={dataset}
            positions={positions}
            scrollRef={scrollRef}
            selectedIndex={selectedIndex}
            isPossible={possible}
            terms={terms}
            revealSelected={selectionOrigin !== 'list'}
          />
        ) : (
          <ol className="list" aria-label={t`Events in the time window, oldest first`}>
            {Array.from(listed, (p) => {
              const event = dataset.events[p]!;
              return (
                <EventListItem
                  key={event.id}
                  event={event}
                  selected={event.id === selectedId}
                  possible={possible(p)}
                  terms={terms}
                  onSelect={selectFromList}
                />
              );
            })}
          </ol>
        )}
        {printing && long && (
          <p className="print-note">
            {t({
              comment:
                'Under a printed list that shows only its first events. "Cite" and "Download CSV" are the names of the Cite button in the header and of the button in its dialog: use the same words as they do.',
              message: plural(positions.length, {
                one: `The first ${printed} of these # events are printed. All of them, with their sources, can be downloaded from Cite, Download CSV.`,
                other: `The first ${printed} of these # events are printed. All of them, with their sources, can be downloaded from Cite, Download CSV.`,
              }),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
