import { useLingui } from '@lingui/react/macro';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import type { Dataset } from '../../lib/dataset';
import {
  layoutRows,
  listHeight,
  revealOffset,
  type RowLayout,
  type RowLayoutInput,
} from '../../lib/row-layout';
import { EventListItem } from './EventListItem';
import { selectFromList } from './select-from-list';

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

/** A row's height before it is drawn, until the first rows drawn tell. */
const FIRST_GUESS = 64;
/** Rows are drawn this far (px) beyond each edge of the view, so a scroll shows drawn rows. */
const OVERSCAN = 360;
/** Passes of drawing and measuring after one change before the rows are left as they are. */
const MAX_PASSES = 4;
/** Heights of rows once drawn, by event position, and the guess for rows not drawn yet. */
interface KnownHeights {
  guess: number;
  heights: Map<number, number>;
}
/** For each dataset: a guide to the next layout, kept while the list comes and goes. */
const drawnHeights = new WeakMap<Dataset, KnownHeights>();
const ROW: CSSProperties = { position: 'absolute', top: 0, left: 0, width: '100%' };

function heightsFor(dataset: Dataset): KnownHeights {
  let known = drawnHeights.get(dataset);
  if (!known) {
    known = { guess: FIRST_GUESS, heights: new Map() };
    drawnHeights.set(dataset, known);
  }
  return known;
}

interface View {
  /** How far the list's top is scrolled above the view's top. */
  offset: number;
  height: number;
}

/** What lib/row-layout needs to lay out these rows in this view. */
function layoutInput(known: KnownHeights, positions: Int32Array, view: View): RowLayoutInput {
  return {
    count: positions.length,
    offset: view.offset,
    view: view.height,
    total: listHeight(positions.length, known.guess),
    height: (row) => known.heights.get(positions[row]!) ?? known.guess,
    overscan: OVERSCAN,
  };
}

/** The drawn rows' heights, as laid out now (which makes the browser lay the page out, once). */
function measureDrawn(items: HTMLElement[], positions: Int32Array, known: KnownHeights) {
  if (known.heights.size > 50_000) known.heights.clear();
  let sum = 0;
  for (const item of items) {
    const height = item.offsetHeight;
    known.heights.set(positions[Number(item.dataset.index)]!, height);
    sum += height;
  }
  // The first rows drawn give the guess for the rest.
  if (known.guess === FIRST_GUESS && items.length > 0)
    known.guess = Math.max(24, Math.round(sum / items.length));
}

/**
 * Places the drawn rows, in order: each at its top in `layout`, or stacked on
 * from its ends if it lies beyond them. A row kept apart for its focus (`kept`,
 * else -1) goes just beyond the others' end on its side, out of the view.
 * Whether they cover the layout's rows.
 */
function placeDrawn(items: HTMLElement[], at: RowLayoutInput, layout: RowLayout, kept: number): boolean {
  const run = items.filter((item) => Number(item.dataset.index) !== kept);
  const drawnFirst = run.length > 0 ? Number(run[0]!.dataset.index) : 0;
  let top = layout.tops[0] ?? 0;
  for (let row = layout.first - 1; row >= drawnFirst; row--) top -= at.height(row);
  const runTop = top;
  for (const item of run) {
    item.style.transform = `translateY(${top}px)`;
    top += at.height(Number(item.dataset.index));
  }
  const apart = items.find((item) => Number(item.dataset.index) === kept);
  if (apart) apart.style.transform = `translateY(${kept < drawnFirst ? runTop - at.height(kept) : top}px)`;
  const drawnLast = drawnFirst + run.length - 1;
  return layout.first >= drawnFirst && layout.first + layout.tops.length - 1 <= drawnLast;
}

/** Where the list stands in its scrolling box now. */
function viewOf(scroller: HTMLElement, list: HTMLElement): View {
  const top = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return { offset: scroller.scrollTop - top, height: scroller.clientHeight };
}

/**
 * The list for large windows: only the rows near the view are in the page, so
 * its cost follows the screen, not the number of events (see lib/row-layout:
 * nothing is summed over the rows above the view). Each row carries its
 * position in the whole list for screen readers.
 */
export const VirtualEventList = memo(function VirtualEventList({
  dataset,
  positions,
  scrollRef,
  selectedIndex,
  isPossible,
  terms,
  revealSelected,
}: Props) {
  const { t } = useLingui();
  const listRef = useRef<HTMLOListElement>(null);
  const [view, setView] = useState<View>({ offset: 0, height: 0 });
  const passes = useRef(0);
  /** A row to bring wholly into view once drawn and measured, or -1. */
  const reveal = useRef(-1);
  /** The row with the keyboard's focus, or -1: kept in the page when the list scrolls away from it. */
  const focused = useRef(-1);
  const count = positions.length;
  const input = layoutInput(heightsFor(dataset), positions, view);
  const { total } = input;
  const { first, tops } = layoutRows(input);
  // Unmounted, the focused row would drop the focus to the page (and a screen reader's place with it).
  const kept =
    focused.current >= 0 &&
    focused.current < count &&
    (focused.current < first || focused.current >= first + tops.length)
      ? focused.current
      : -1;

  useLayoutEffect(
    function placeRows() {
      const list = listRef.current;
      const scroller = scrollRef.current;
      if (!list || !scroller) return;
      const drawn = heightsFor(dataset);
      const items = Array.from(list.children as HTMLCollectionOf<HTMLElement>);
      measureDrawn(items, positions, drawn);
      const now = viewOf(scroller, list);
      const at = layoutInput(drawn, positions, now);
      // A row asked for (selected on the map, or focused from the keyboard), now that its height is known.
      if (reveal.current >= 0 && reveal.current < count) {
        const offset = revealOffset(at, reveal.current);
        reveal.current = -1;
        if (Math.abs(offset - now.offset) > 0.5) {
          scroller.scrollTop += offset - now.offset;
          now.offset = at.offset = offset;
        }
      }
      const covered = placeDrawn(items, at, layoutRows(at), kept);
      const moved = now.offset !== view.offset || now.height !== view.height;
      // Drawn again with what was measured, until the rows drawn are those the view needs.
      if ((moved || !covered || total !== at.total) && passes.current < MAX_PASSES) {
        passes.current++;
        setView(now);
      } else passes.current = 0;
    },
    [dataset, positions, count, total, view, first, tops, kept, scrollRef],
  );

  useEffect(
    function followScroll() {
      const scroller = scrollRef.current;
      const list = listRef.current;
      if (!scroller || !list) return;
      const update = () => {
        passes.current = 0;
        setView(viewOf(scroller, list));
      };
      scroller.addEventListener('scroll', update, { passive: true });
      const observer = new ResizeObserver(update);
      observer.observe(scroller);
      return () => {
        scroller.removeEventListener('scroll', update);
        observer.disconnect();
      };
    },
    [scrollRef],
  );

  /** Scrolls `row` wholly into view as far as the heights known tell, and again once it is drawn. */
  const bringIntoView = (row: number) => {
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    reveal.current = row;
    passes.current = 0;
    const now = viewOf(scroller, list);
    const offset = revealOffset(layoutInput(heightsFor(dataset), positions, now), row);
    if (Math.abs(offset - now.offset) > 0.5) scroller.scrollTop += offset - now.offset;
    // Drawn again whether it scrolled or not, so the request is answered now, not by some later drawing.
    setView(viewOf(scroller, list));
  };
  // In the page's order: a row kept for its focus before or after the rows in view.
  const drawnRows = tops.map((_, i) => first + i);
  if (kept >= 0) drawnRows.splice(kept < first ? 0 : drawnRows.length, 0, kept);
  const drawRow = (row: number) => {
    const position = positions[row]!;
    return (
      <EventListItem
        key={row}
        index={row}
        setSize={count}
        style={ROW}
        event={dataset.events[position]!}
        selected={row === selectedIndex}
        possible={isPossible(position)}
        terms={terms}
        onSelect={selectFromList}
      />
    );
  };

  const bringIntoViewLatest = useRef(bringIntoView);
  useLayoutEffect(function keepLatest() {
    bringIntoViewLatest.current = bringIntoView;
  });

  useEffect(
    function revealSelectionFromMap() {
      if (revealSelected && selectedIndex >= 0) bringIntoViewLatest.current(selectedIndex);
    },
    [selectedIndex, revealSelected],
  );

  return (
    <ol
      ref={listRef}
      className="list"
      aria-label={t`Events in the time window, oldest first`}
      style={{ height: total, position: 'relative' }}
      onFocus={(e) => {
        // A row reached by the keyboard comes wholly into view.
        const item = e.target.closest<HTMLElement>('li[data-index]');
        if (!item) return;
        focused.current = Number(item.dataset.index);
        bringIntoView(focused.current);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = -1;
      }}
    >
      {/* One keyed array, so the kept row is the same element as it leaves the view and comes back. */}
      {drawnRows.map(drawRow)}
    </ol>
  );
});
