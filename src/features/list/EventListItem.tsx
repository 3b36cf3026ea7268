import { memo, type CSSProperties, type Ref } from 'react';
import { CATEGORY_LABELS } from '../../lib/categories';
import type { MapEvent } from '../../lib/dataset';
import { formatEventDate } from '../../lib/dates';
import { categoryColor } from '../../lib/scales';

interface Props {
  event: MapEvent;
  selected: boolean;
  /** The event's date range only partly overlaps the window. */
  possible: boolean;
  onSelect: () => void;
  /** For rows of a virtual list: where the row is, and its place in the whole list. */
  ref?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  index?: number;
  setSize?: number;
}

export const EventListItem = memo(function EventListItem({
  event,
  selected,
  possible,
  onSelect,
  ref,
  style,
  index,
  setSize,
}: Props) {
  const p = event.props;
  const killed = p.casualties?.killed;
  return (
    <li
      ref={ref}
      style={style}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
    >
      <button
        type="button"
        className={possible ? 'list-item is-possible' : 'list-item'}
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="list-title">{p.title}</span>
        <span className="list-meta">
          <span className="swatch" style={{ background: categoryColor(p.category) }} aria-hidden="true" />
          <span>{CATEGORY_LABELS[p.category]}</span>
          <span aria-hidden="true"> · </span>
          <span>{formatEventDate(p.date)}</span>
          <span aria-hidden="true"> · </span>
          <span>{p.place.name}</span>
          {killed && (
            <>
              <span aria-hidden="true"> · </span>
              <span>{killed.text} killed</span>
            </>
          )}
        </span>
        {possible && <span className="possible-badge">may fall in this period</span>}
      </button>
    </li>
  );
});
