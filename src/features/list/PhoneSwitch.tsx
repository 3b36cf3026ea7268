import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectVisiblePositions } from '../../store/selectors';

/** Up to the map, and focus on it. */
function goToMap() {
  document.querySelector('.map-area')?.scrollIntoView({ block: 'start' });
  document.querySelector<HTMLElement>('.map')?.focus({ preventScroll: true });
}

/** Down to the list, and focus on its first event (or the search, when it has none). */
function goToList() {
  document.getElementById('list-heading')?.scrollIntoView({ block: 'start' });
  const first = document.querySelector<HTMLElement>('.event-list .list-item');
  (first ?? document.getElementById('event-search'))?.focus({ preventScroll: true });
}

/**
 * On a phone, where the list is a screen or more below the map: a bar under
 * the map to switch between the two, the one in view marked. It sits in the
 * page under the map, covering nothing, and stays at the top of the screen
 * once the reader scrolls past it.
 */
export function PhoneSwitch() {
  const { t, i18n } = useLingui();
  const dataset = useAppStore((s) => s.dataset);
  // The list is drawn once there is a window too.
  const listed = useAppStore((s) => s.dataset !== null && s.timeWindow !== null);
  const count = useAppStore((s) => selectVisiblePositions(s).length);
  const [listInView, setListInView] = useState(false);
  useEffect(
    function watchTheList() {
      const list = document.querySelector('.event-list');
      if (!list) return;
      // The list counts as in view once it reaches the top half of the screen.
      const observer = new IntersectionObserver(([entry]) => setListInView(entry?.isIntersecting ?? false), {
        rootMargin: '0px 0px -50% 0px',
      });
      observer.observe(list);
      return () => observer.disconnect();
    },
    [dataset, listed],
  );
  if (!dataset) return null;
  const shown = i18n.number(count);
  return (
    <nav className="phone-switch" aria-label={t`Map or list`}>
      <button
        type="button"
        className="button"
        aria-current={listInView ? undefined : 'true'}
        onClick={goToMap}
      >
        <Trans comment="On a phone: the button that goes up to the map">Map</Trans>
      </button>
      <button
        type="button"
        className="button"
        aria-current={listInView ? 'true' : undefined}
        onClick={goToList}
      >
        <Trans comment="On a phone: the button that goes down to the list of events, with the number of events in it">
          List ({shown})
        </Trans>
      </button>
    </nav>
  );
}
