import { memo } from 'react';
import { CATEGORY_LABELS } from '../../lib/categories';
import type { MapEvent } from '../../lib/dataset';
import { formatEventDate } from '../../lib/dates';
import { categoryColor } from '../../lib/scales';

interface Props {
  event: MapEvent;
  selected: boolean;
  onSelect: () => void;
}

export const EventListItem = memo(function EventListItem({ event, selected, onSelect }: Props) {
  const p = event.props;
  const killed = p.casualties?.killed;
  return (
    <li>
      <button
        type="button"
        className="list-item"
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
      </button>
    </li>
  );
});
