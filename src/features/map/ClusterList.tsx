import { shownIn } from '../../lib/event-language';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { formatEventDate } from '../../lib/dates';
import { useAppStore } from '../../store/app-store';

/** A list this long is read, not scanned: beyond it the reader narrows the time window. */
export const LIST_CAP = 100;
const WIDTH = 280;
const GAP = 8;

interface Props {
  /** The cluster's events, in date order. */
  positions: Int32Array;
  /** The cluster's centre in the map's pixels, and its radius. */
  anchor: { x: number; y: number; r: number };
  /** The map's size in pixels. */
  area: { x: number; y: number };
  onChoose: (id: string) => void;
  /** Closes the list; `returnFocus` puts focus back on the cluster. */
  onClose: (returnFocus: boolean) => void;
}

/**
 * The events of a cluster that does not split before the map's last zoom,
 * as buttons by title and date, beside the cluster. A non-modal dialog:
 * Escape or the close button close it, and focus goes back to the cluster.
 */
export function ClusterList({ positions, anchor, area, onChoose, onClose }: Props) {
  const { t, i18n } = useLingui();
  const map = useMap();
  const dataset = useAppStore((s) => s.dataset);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(function focusFirstEvent() {
    ref.current?.querySelector<HTMLElement>('.cluster-list-items button')?.focus();
  }, []);

  useEffect(
    function closeOnEscapeOrElsewhere() {
      const inside = (target: EventTarget | null) =>
        target instanceof Node && !!ref.current?.contains(target);
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose(true);
      };
      const onPointer = (e: PointerEvent) => {
        if (!inside(e.target)) onClose(false);
      };
      // The list stands beside the cluster: when the map moves, it no longer does.
      const onMapMove = () => onClose(inside(document.activeElement));
      document.addEventListener('keydown', onKey);
      document.addEventListener('pointerdown', onPointer);
      map.on('movestart zoomstart', onMapMove);
      return function unbind() {
        document.removeEventListener('keydown', onKey);
        document.removeEventListener('pointerdown', onPointer);
        map.off('movestart zoomstart', onMapMove);
      };
    },
    [map, onClose],
  );

  if (!dataset) return null;
  const events = Array.from(positions.subarray(0, LIST_CAP), (p) => dataset.events[p]!);
  const width = Math.min(WIDTH, area.x - 2 * GAP);
  const right = anchor.x + anchor.r + GAP;
  const left = right + width <= area.x - GAP ? right : Math.max(GAP, anchor.x - anchor.r - GAP - width);
  const top = Math.max(GAP, Math.min(anchor.y - 24, area.y - GAP - 160));
  const count = positions.length;
  const first = i18n.number(events.length);
  const total = i18n.number(count);

  return (
    <dialog
      ref={ref}
      open
      className="cluster-list"
      aria-labelledby={headingId}
      style={{ left, top, width, maxHeight: area.y - top - GAP }}
    >
      <div className="cluster-list-header">
        <h3 id={headingId}>
          <Plural value={count} one="# event here" other="# events here" />
        </h3>
        <button type="button" className="close" aria-label={t`Close the list`} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <ul className="cluster-list-items">
        {events.map((e) => {
          const title = shownIn(e.props, 'title', i18n.locale);
          return (
            <li key={e.id}>
              <button type="button" onClick={() => onChoose(e.id)}>
                <span className="cluster-list-title" dir="auto" lang={title.lang}>
                  {title.text}
                </span>
                <span className="cluster-list-date">{formatEventDate(e.props.date)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {count > events.length && (
        <p className="cluster-list-note">
          <Trans>
            The first {first} of {total}, by date. Narrow the time window to see the others.
          </Trans>
        </p>
      )}
    </dialog>
  );
}
