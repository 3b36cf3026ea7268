import { useLingui } from '@lingui/react/macro';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';
import type { Dataset } from '../../lib/dataset';
import { appStore } from '../../store/app-store';
import { EventListItem } from './EventListItem';

interface Props {
  dataset: Dataset;
  positions: Int32Array;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Row of the selected event in `positions`, or -1. */
  selectedIndex: number;
  isPossible: (position: number) => boolean;
  /** Search terms to highlight. */
  terms: readonly string[];
  revealSelected: boolean;
}

/**
 * The list for large windows: only the rows scrolled into view are in the
 * page, so its cost follows the screen, not the dataset. Each row carries its
 * position in the whole list for screen readers.
 */
export function VirtualEventList({
  dataset,
  positions,
  scrollRef,
  selectedIndex,
  isPossible,
  terms,
  revealSelected,
}: Props) {
  const { t } = useLingui();
  // We do not use the React Compiler, whose memoization this hook's API defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 6,
  });

  useEffect(
    function revealSelectionFromMap() {
      if (revealSelected && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    },
    [virtualizer, selectedIndex, revealSelected],
  );

  return (
    <ol
      className="list"
      aria-label={t`Events in the time window, oldest first`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const position = positions[row.index]!;
        const event = dataset.events[position]!;
        return (
          <EventListItem
            key={row.key}
            ref={virtualizer.measureElement}
            index={row.index}
            setSize={positions.length}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start}px)`,
            }}
            event={event}
            selected={row.index === selectedIndex}
            possible={isPossible(position)}
            terms={terms}
            onSelect={() => appStore.getState().selectEvent(event.id, 'list')}
          />
        );
      })}
    </ol>
  );
}
